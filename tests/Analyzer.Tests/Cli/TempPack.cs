namespace Analyzer.Tests.Cli;

/// <summary>A copy of the shipped rule pack in a temporary folder, with an empty examples folder beside it, for tests that change it.</summary>
internal sealed class TempPack : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("analyzer-pack-").FullName;

    private TempPack()
    {
    }

    public string Rules => Path.Combine(_root, "rules");

    public string Proposals => Path.Combine(_root, "proposals");

    public static TempPack Copy()
    {
        var pack = new TempPack();
        foreach (var file in Directory.GetFiles(Repo.Rules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(pack.Rules, Path.GetRelativePath(Repo.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Directory.CreateDirectory(pack.Proposals);
        return pack;
    }

    /// <summary>Copies shipped examples into the pack's examples folder.</summary>
    public void AddExamples(params string[] ids)
    {
        foreach (var id in ids)
        {
            File.Copy(Path.Combine(Repo.Proposals, id + ".yaml"), Path.Combine(Proposals, id + ".yaml"));
        }
    }

    /// <summary>Rewrites one workflow file of the copy.</summary>
    public void Edit(string workflow, Func<string, string> change)
    {
        var path = Path.Combine(Rules, workflow);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
