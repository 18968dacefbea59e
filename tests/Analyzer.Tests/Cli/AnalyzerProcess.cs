using System.Diagnostics;

namespace Analyzer.Tests.Cli;

/// <summary>
/// Runs the built <c>analyzer</c> executable as a user's shell would: its own process, started in a chosen folder
/// (the repository root unless a test says otherwise), with its exit code and both streams captured. No test
/// changes this process's working directory.
/// </summary>
internal static class AnalyzerProcess
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "analyzer.dll");

    public static (int Code, string Stdout, string Stderr) Run(params string[] args) => RunIn(Repo.Root, null, args);

    public static (int Code, string Stdout, string Stderr) RunIn(string folder, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("ANALYZER_RULES");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
