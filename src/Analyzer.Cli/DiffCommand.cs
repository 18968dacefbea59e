using System.CommandLine;
using Analyzer.Core.Comparison;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Cli;

/// <summary><c>analyzer diff</c>: two drafts of a proposal scored and compared, criterion by criterion.</summary>
public static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var before = new Argument<string>("before") { Description = "The earlier draft (.yaml, .yml or .json)." };
        var after = new Argument<string>("after") { Description = "The later draft." };
        var rules = PackOptions.Rules();
        var output = new Option<string?>("--out") { Description = "Write the comparison as CSV here instead of the table.", HelpName = "FILE" };
        var lang = new Option<string>("--lang") { Description = "Language of the table and findings.", DefaultValueFactory = _ => "en" };
        lang.OneOf("en", "zh");
        var delimiter = CsvOptions.Delimiter();
        var failOnRegression = new Option<bool>("--fail-on-regression") { Description = "Exit 1 if the later draft is worse on a dimension." };
        var command = new Command("diff", "Compare two drafts: criteria whose outcome changed, score, range and verdict deltas, classification changes.")
        {
            before, after, rules, output, lang, delimiter, failOnRegression,
        };
        command.SetAction(parse =>
        {
            var (pack, problems) = RulePackLoader.Load(PackOptions.Locate(parse.GetValue(rules)).Rules);
            problems.ToList().ForEach(stderr.WriteLine);
            if (pack is null)
            {
                return ExitCodes.BadInput;
            }
            var paths = new[] { parse.GetValue(before)!, parse.GetValue(after)! };
            var target = parse.GetValue(output);
            var unsafeTarget = target is null ? [] : ReportTargets.Check([("--out", target)], paths);
            unsafeTarget.ToList().ForEach(stderr.WriteLine);
            if (unsafeTarget.Count > 0)
            {
                return ExitCodes.BadInput;
            }

            var reader = new ProposalReader();
            var files = paths.Select(reader.Read).ToList();
            files.SelectMany(f => f.Problems).ToList().ForEach(stderr.WriteLine);
            if (files.Any(f => !f.IsUsable))
            {
                return ExitCodes.BadInput;
            }
            var assessor = new ProposalAssessor(pack);
            var diff = DraftComparer.Compare(assessor.Assess(files[0]), assessor.Assess(files[1]));
            var language = parse.GetValue(lang) == "zh" ? Language.Zh : Language.En;
            if (target is null)
            {
                DiffReport.WriteTable(stdout, diff, language);
            }
            else
            {
                try
                {
                    var dialect = CsvOptions.Dialect(parse.GetValue(delimiter)!);
                    using var csv = new CsvReportWriter(target, DiffReport.CsvColumns, dialect.Separator);
                    foreach (var row in DiffReport.CsvRows(diff, language, dialect))
                    {
                        csv.WriteRow(row);
                    }
                    csv.Commit();
                }
                catch (ReportFileException e)
                {
                    stderr.WriteLine(Core.Diagnostics.Problems.CannotWrite(e.Path, e.Message));
                    return ExitCodes.BadInput;
                }
                stderr.WriteLine($"wrote {target}");
            }
            return parse.GetValue(failOnRegression) && diff.Regressed ? ExitCodes.ThresholdCrossed : ExitCodes.Success;
        });
        return command;
    }
}
