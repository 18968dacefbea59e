using System.CommandLine;
using System.Globalization;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;

namespace Analyzer.Cli;

/// <summary><c>analyzer validate</c>: the reader's and validator's checks only, for a draft before it is assessed.</summary>
public static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Proposal files (.yaml, .yml, .json), folders (searched recursively) or globs.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check proposals against the format without scoring them; warnings are printed too.") { paths };
        command.SetAction(parse =>
        {
            var (files, findProblems) = ProposalFinder.Find(parse.GetValue(paths)!);
            foreach (var problem in findProblems)
            {
                stderr.WriteLine(problem);
            }
            var totals = new BatchValidator(new ProposalReader()).Run(files, p => stderr.WriteLine(p));
            var notFound = findProblems.Count(p => p.Severity == Severity.Error);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{totals.Valid} valid, {totals.Invalid} invalid, {notFound} not found; {totals.Warnings} warning(s)."));
            return totals.Invalid + notFound > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }
}
