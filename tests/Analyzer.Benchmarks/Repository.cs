namespace Analyzer.Benchmarks;

/// <summary>The repository the benchmarks run in: the rule pack and the examples are read from it.</summary>
internal static class Repository
{
    public static string Root()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analyzer.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
