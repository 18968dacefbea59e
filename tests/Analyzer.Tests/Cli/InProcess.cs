using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

/// <summary>
/// Runs the command tree in this process, as <c>analyzer</c> would, with both streams captured. Paths are passed
/// absolute (this process's working directory is never changed), and the repository root is cut from the output,
/// so golden files read as a user in the repository would see them.
/// </summary>
internal static class InProcess
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, stdout, stderr);
        return (code, Relative(stdout.ToString()), Relative(stderr.ToString()));
    }

    /// <summary>A path in the repository, absolute: <c>InProcess.Path("proposals/gdpr.yaml")</c>.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Repo.Root, relative);

    private static string Relative(string text) => text.Replace(Repo.Root + "/", "", StringComparison.Ordinal);
}
