using System.CommandLine;
using System.CommandLine.Parsing;
using Spectre.Console;

namespace Analyzer.Cli;

/// <summary>Builds the command tree and runs it against the given writers, so tests can run it in-process.</summary>
public static class CliApp
{
    // 'terminal' is where 'new' asks its questions: null is the process's own terminal; tests pass a scripted one.
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IAnsiConsole? terminal = null)
    {
        var root = new RootCommand("Scores AI-governance proposals against criteria from four papers on global AI governance.")
        {
            AssessCommand.Create(stdout, stderr),
            SweepCommand.Create(stdout, stderr),
            ValidateCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
            RulesCommand.Create(stdout, stderr),
            NewCommand.Create(stdout, stderr, terminal),
            SchemaCommand.Create(stdout, stderr),
            CriteriaCommand.Create(stdout, stderr),
            ExplainCommand.Create(stdout, stderr),
            SensitivityCommand.Create(stdout, stderr),
            MergeCommand.Create(stderr),
        };
        // A proposal path is only ever a path: no bundled short options ('-h.yaml' is not '-h'), no '@file' expansion.
        var configuration = new ParserConfiguration { EnablePosixBundling = false, ResponseFileTokenReplacer = null };
        var parsed = root.Parse(args, configuration);
        var commands = parsed.Tokens.Where(t => t.Type == TokenType.Command).Select(t => t.Value).ToList();
        if (parsed.Errors.Count > 0 && parsed.UnmatchedTokens.Count == 0 && parsed.CommandResult.Command is { Action: null, Subcommands.Count: > 0 })
        {
            // 'analyzer' or 'analyzer rules' alone: the help says what to type next. To stderr and exit 2, as for any usage error.
            root.Parse([.. commands, "--help"], configuration)
                .Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            return ExitCodes.BadInput;
        }
        // An unknown option is named first: other errors (its value read as a path or a command) follow from it.
        var unknown = UnknownOptions.Find(parsed);
        if (parsed.Errors.Count > 0 || unknown.Count > 0)
        {
            // System.CommandLine exits 1 on parse errors; bad usage is 2 here, and 1 means a threshold was crossed.
            foreach (var error in unknown.Count > 0 ? unknown : parsed.Errors.Select(e => e.Message))
            {
                stderr.WriteLine($"error: {error}");
            }
            stderr.WriteLine($"Run '{string.Join(' ', ["analyzer", .. commands])} --help' for usage.");
            return ExitCodes.BadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
