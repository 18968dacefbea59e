namespace Analyzer.Tests;

/// <summary>Paths to the repository's own rule pack and examples, and to this project's test data.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Proposals => Path.Combine(Root, "proposals");

    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analyzer.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Analyzer.sln not found above the test binaries.");
    }
}
