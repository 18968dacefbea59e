using System.CommandLine;

namespace Analyzer.Cli;

/// <summary>Builds the command tree and runs it against the given writers, so tests can run it in-process.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Scores AI-governance proposals against criteria from four papers on global AI governance.")
        {
            AssessCommand.Create(stdout, stderr),
            RulesCommand.Create(stdout, stderr),
            SchemaCommand.Create(stdout, stderr),
        };
        // A proposal path is only ever a path: no bundled short options ('-h.yaml' is not '-h'), no '@file' expansion.
        var parsed = root.Parse(args, new ParserConfiguration { EnablePosixBundling = false, ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine exits 1 on parse errors; bad usage is 2 here, and 1 means a threshold was crossed.
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }
            stderr.WriteLine("Run 'analyzer --help' for usage.");
            return ExitCodes.BadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
