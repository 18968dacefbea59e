using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

/// <summary>Runs the CLI in-process, as a user's shell would, capturing its exit code and both streams.</summary>
internal static class InProcess
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
