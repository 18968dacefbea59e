namespace Analyzer.Tests.Cli;

/// <summary>A temporary folder for a test's reports, removed afterwards; <c>folder["summary.csv"]</c> is a path in it.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("analyzer-outputs-");

    public string FullName => _folder.FullName;

    public string this[string name] => Path.Combine(_folder.FullName, name);

    /// <summary>Cuts the folder from a message, so it reads as the user would see it from inside the folder.</summary>
    public string Relative(string text) => text.Replace(_folder.FullName + "/", "", StringComparison.Ordinal);

    public void Dispose() => _folder.Delete(recursive: true);
}
