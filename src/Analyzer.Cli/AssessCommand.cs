using System.CommandLine;
using System.Globalization;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Cli;

/// <summary><c>analyzer assess</c>: proposals in, detail and summary CSV (or a table on stdout) out.</summary>
public static class AssessCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Proposal files (.yaml, .yml, .json), folders (searched recursively) or globs.",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = new Option<string>("--rules") { Description = "The rule pack folder.", DefaultValueFactory = _ => "rules" };
        var detail = new Option<string?>("--out") { Description = "Write the detail CSV (one row per proposal and criterion) here." };
        var summary = new Option<string?>("--summary") { Description = "Write the summary CSV (one row per proposal) here." };
        var lang = new Option<string>("--lang") { Description = "Language of findings and remediation.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "zh");
        var failLegitimacy = new Option<double?>("--fail-under-legitimacy") { Description = "Exit 1 if a legitimacy score is below N." };
        var failFeasibility = new Option<double?>("--fail-under-feasibility") { Description = "Exit 1 if a feasibility score is below N." };
        var failNecessary = new Option<bool>("--fail-on-necessary") { Description = "Exit 1 if a proposal fails a necessary criterion." };

        var command = new Command("assess", "Score proposals against the rule pack and report legitimacy and feasibility.")
        {
            paths, rules, detail, summary, lang, failLegitimacy, failFeasibility, failNecessary,
        };
        command.SetAction(parse =>
        {
            var (pack, problems) = RulePackLoader.Load(parse.GetValue(rules)!);
            foreach (var problem in problems)
            {
                stderr.WriteLine(problem);
            }
            if (pack is null)
            {
                return ExitCodes.BadInput;
            }
            var language = parse.GetValue(lang) == "zh" ? Language.Zh : Language.En;
            var batch = new BatchAssessor(pack, new ProposalReader()).Assess(parse.GetValue(paths)!);
            foreach (var problem in batch.Problems)
            {
                stderr.WriteLine(problem);
            }
            var report = new Report(pack, batch, language);
            if (report.Write(parse.GetValue(detail), parse.GetValue(summary), stdout) is { } failed)
            {
                stderr.WriteLine(failed);
                return ExitCodes.BadInput;
            }
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"assessed {batch.Scores.Count} proposal(s) against {pack.Criteria.Count} criteria (rule pack {pack.Version}); {batch.Skipped} file(s) skipped."));

            // Warnings are printed but never change the exit code.
            if (batch.Problems.Any(p => p.Severity == Severity.Error))
            {
                return ExitCodes.BadInput;
            }
            var thresholds = new Thresholds(parse.GetValue(failLegitimacy), parse.GetValue(failFeasibility), parse.GetValue(failNecessary));
            var crossed = thresholds.Crossed(batch.Scores).ToList();
            foreach (var line in crossed)
            {
                stderr.WriteLine(line);
            }
            return crossed.Count > 0 ? ExitCodes.ThresholdCrossed : ExitCodes.Success;
        });
        return command;
    }
}
