using System.CommandLine;
using System.Globalization;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Cli;

/// <summary><c>analyzer assess</c>: proposals in, streamed through the pipeline to the outputs the user asked for.</summary>
public static class AssessCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Proposal files (.yaml, .yml, .json), folders (searched recursively) or globs.",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = PackOptions.Rules();
        var detail = new Option<string?>("--out") { Description = "Write the detail CSV (one row per proposal and criterion) here.", HelpName = "FILE" };
        var summary = new Option<string?>("--summary")
        {
            Description = "Write the summary (one row per proposal) here: Parquet if FILE ends in .parquet, JSON Lines if in .jsonl, else CSV.",
            HelpName = "FILE",
        };
        var lang = new Option<string>("--lang") { Description = "Language of the table, the findings and the Markdown report.", DefaultValueFactory = _ => "en" };
        lang.OneOf("en", "zh");
        var jobs = Options.WholeNumber("--jobs", "Proposals assessed in parallel (default: all cores).", atLeast: 1, () => Environment.ProcessorCount);
        var quiet = new Option<bool>("--quiet") { Description = "No progress on stderr and no table on stdout." };
        var failLegitimacy = Options.Score("--fail-under-legitimacy", "Exit 1 if a legitimacy score is below N.");
        var failFeasibility = Options.Score("--fail-under-feasibility", "Exit 1 if a feasibility score is below N.");
        var failNecessary = new Option<bool>("--fail-on-necessary") { Description = "Exit 1 if a proposal fails a necessary criterion." };
        var format = new Option<string>("--format")
        {
            Description = "What stdout shows: the summary table, the Markdown report for a committee, or the summary as JSON Lines (one object per proposal).",
            DefaultValueFactory = _ => "table",
        };
        format.OneOf("table", "markdown", "jsonl");
        var markdown = new Option<string?>("--md") { Description = "Write the Markdown report here.", HelpName = "FILE" };
        var plot = PlotOptions.Plot();
        var questions = new Option<bool>("--questions") { Description = "List each proposal's open questions under its row of the table." };
        var delimiter = CsvOptions.Delimiter();
        var shard = ShardOption.Create("files found");

        var command = new Command("assess", "Score proposals against the rule pack and report legitimacy and feasibility.")
        {
            paths, rules, detail, summary, markdown, plot, format, lang, questions, delimiter, jobs, shard, quiet, failLegitimacy, failFeasibility, failNecessary,
        };
        command.SetAction(parse =>
        {
            void Print(IEnumerable<Diagnostic> problems)
            {
                foreach (var problem in problems)
                {
                    stderr.WriteLine(problem);
                }
            }
            var (pack, problems) = RulePackLoader.Load(PackOptions.Locate(parse.GetValue(rules)).Rules);
            Print(problems);
            if (pack is null)
            {
                return ExitCodes.BadInput;
            }
            var (found, findProblems) = ProposalFinder.Find(parse.GetValue(paths)!);
            Print(findProblems);
            var unsafeTargets = ReportTargets.Check(
                [.. new[] { ("--out", parse.GetValue(detail)), ("--summary", parse.GetValue(summary)), ("--md", parse.GetValue(markdown)), ("--plot", parse.GetValue(plot)) }
                    .Where(t => t.Item2 is not null).Select(t => (t.Item1, t.Item2!))],
                found);
            Print(unsafeTargets);
            if (unsafeTargets.Count > 0)
            {
                return ExitCodes.BadInput; // refused before anything is read or written
            }
            var block = parse.GetValue(shard)!;
            var files = block.Of(found);
            if (ShardOption.Given(parse, shard))
            {
                stderr.WriteLine(Problems.ShardFiles(block, block.Block(found.Count).Start, files.Count, found.Count));
            }

            var language = parse.GetValue(lang) == "zh" ? Language.Zh : Language.En;
            var thresholds = new ThresholdSink(parse.GetValue(failLegitimacy), parse.GetValue(failFeasibility), parse.GetValue(failNecessary));
            var outputs = Outputs(parse, language, stdout, stderr);
            List<IReportSink> sinks = [.. outputs.Select(o => o.Sink), thresholds];
            if (!parse.GetValue(quiet))
            {
                sinks.Add(new ProgressSink(stderr, terminal: stderr == Console.Error && !Console.IsErrorRedirected, TimeProvider.System));
            }

            BatchTotals totals;
            try
            {
                totals = new BatchPipeline(pack, new ProposalReader(), parse.GetValue(jobs)).Run(files, sinks, stderr.WriteLine);
            }
            catch (ReportFileException e)
            {
                stderr.WriteLine(Problems.CannotWrite(e.Path, e.Message));
                return ExitCodes.BadInput;
            }
            finally
            {
                sinks.ForEach(s => s.Dispose());
            }
            foreach (var (_, path) in outputs.Where(o => o.Path is not null))
            {
                stderr.WriteLine($"wrote {path}"); // stdout carries only the table or the report, so it can be piped
            }
            var pathsSkipped = findProblems.Count(p => p.Severity == Severity.Error); // a path that named no proposal file
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"assessed {totals.Assessed} proposal(s) against {pack.Criteria.Count} criteria (rule pack {pack.Version}); {totals.Skipped + pathsSkipped} file(s) skipped."));

            if (findProblems.Any(p => p.Severity == Severity.Error) || totals.Errors > 0)
            {
                return ExitCodes.BadInput; // warnings are printed but never change the exit code
            }
            foreach (var line in thresholds.Crossed)
            {
                stderr.WriteLine(line);
            }
            return thresholds.Crossed.Count > 0 ? ExitCodes.ThresholdCrossed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The report files asked for, and what stdout shows: the summary table (unless <c>--quiet</c>), or the Markdown
    /// report when <c>--format markdown</c> asks for it.
    /// </summary>
    private static List<(IReportSink Sink, string? Path)> Outputs(ParseResult parse, Language language, TextWriter stdout, TextWriter stderr)
    {
        string? Value(string name) => parse.GetValue<string?>(name);
        var dialect = CsvOptions.Dialect(Value("--delimiter")!);
        List<(IReportSink, string?)> outputs = [];
        if (Value("--out") is { } detail)
        {
            outputs.Add((new DetailCsvSink(detail, language, dialect), detail));
        }
        if (Value("--summary") is { } summary)
        {
            outputs.Add((SummaryFormats.SinkFor(summary, dialect), summary));
        }
        if (Value("--md") is { } markdown)
        {
            outputs.Add((new MarkdownReportSink(markdown, language), markdown));
        }
        if (Value("--plot") is { } plot)
        {
            outputs.Add((new ScatterPlotSink(plot, language, problem => stderr.WriteLine(problem)), plot));
        }
        if (Value("--format") == "markdown")
        {
            outputs.Add((new MarkdownReportSink(stdout, language), null));
        }
        else if (Value("--format") == "jsonl")
        {
            outputs.Add((new SummaryJsonLinesSink(stdout), null));
        }
        else if (!parse.GetValue<bool>("--quiet"))
        {
            outputs.Add((new SummaryTableSink(stdout, language, parse.GetValue<bool>("--questions")), null));
        }
        return outputs;
    }
}
