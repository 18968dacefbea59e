using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Sweeps;

namespace Analyzer.Cli;

/// <summary>
/// <c>analyzer sweep</c>: a design space in, its variants built in memory and streamed through the pipeline to the
/// summary, the frontier and the plot; stdout shows the frontier.
/// </summary>
public static class SweepCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var space = new Argument<string>("space") { Description = "The design space: a base proposal and dimensions (a .space.yaml file; see proposals/SPACES.md)." };
        var rules = PackOptions.Rules();
        var summary = new Option<string?>("--summary")
        {
            Description = "Write the summary (one row per variant, its values first) here: Parquet if FILE ends in .parquet, JSON Lines if in .jsonl, else CSV.",
            HelpName = "FILE",
        };
        var pareto = new Option<string?>("--pareto") { Description = "Write the frontier (legitimacy against feasibility) as CSV here, the undetermined variants after it.", HelpName = "FILE" };
        var plot = PlotOptions.Plot();
        var sample = SampleOption();
        var seed = SeedOption();
        var shard = ShardOption.Create("variants (or of the sample)");
        var lang = new Option<string>("--lang") { Description = "Language of the frontier table.", DefaultValueFactory = _ => "en" };
        lang.OneOf("en", "zh");
        var delimiter = CsvOptions.Delimiter();
        var jobs = Options.WholeNumber("--jobs", "Variants assessed in parallel (default: all cores).", atLeast: 1, () => Environment.ProcessorCount);
        var quiet = new Option<bool>("--quiet") { Description = "No progress on stderr and no frontier on stdout." };

        var command = new Command("sweep", "Assess every variant of a design space (or a seeded sample) and find the frontier of legitimacy and feasibility.")
        {
            space, rules, summary, pareto, plot, sample, seed, shard, lang, delimiter, jobs, quiet,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(seed) is not null && parse.GetValue(sample) is null)
            {
                stderr.WriteLine($"error: {Problems.SeedWithoutSample()}");
                return ExitCodes.BadInput;
            }
            var (pack, packProblems) = RulePackLoader.Load(PackOptions.Locate(parse.GetValue(rules)).Rules);
            packProblems.ToList().ForEach(stderr.WriteLine);
            if (pack is null)
            {
                return ExitCodes.BadInput;
            }
            var spacePath = Display(parse.GetValue(space)!);
            var (read, problems) = SpaceReader.Read(spacePath, [.. SummaryColumns.For(pack), ParetoCsvSink.Column]);
            problems.ToList().ForEach(stderr.WriteLine);
            if (read is not { } designSpace)
            {
                return ExitCodes.BadInput;
            }
            if (SizeProblem(designSpace, parse.GetValue(sample)) is { } tooLarge)
            {
                stderr.WriteLine(tooLarge);
                return ExitCodes.BadInput;
            }
            var targets = new[] { ("--summary", parse.GetValue(summary)), ("--pareto", parse.GetValue(pareto)), ("--plot", parse.GetValue(plot)) }
                .Where(t => t.Item2 is not null).Select(t => (t.Item1, t.Item2!)).ToList();
            var unsafeTargets = ReportTargets.Check(targets, designSpace.Inputs);
            unsafeTargets.ToList().ForEach(stderr.WriteLine);
            if (unsafeTargets.Count > 0)
            {
                return ExitCodes.BadInput; // refused before any variant is assessed
            }

            var seedValue = parse.GetValue(seed) ?? 0;
            var selection = VariantSelection.Of(designSpace.Count, parse.GetValue(sample), seedValue, parse.GetValue(shard)!);
            var builder = new VariantBuilder(designSpace);
            var language = parse.GetValue(lang) == "zh" ? Language.Zh : Language.En;
            var dialect = CsvOptions.Dialect(parse.GetValue(delimiter)!);
            var frontier = new FrontierTableSink(parse.GetValue(quiet) ? null : stdout, language);
            List<(IReportSink Sink, string? Path)> outputs = [];
            if (parse.GetValue(summary) is { } summaryPath)
            {
                outputs.Add((SummaryFormats.SinkFor(summaryPath, dialect), summaryPath));
            }
            if (parse.GetValue(pareto) is { } paretoPath)
            {
                outputs.Add((new ParetoCsvSink(paretoPath, dialect), paretoPath));
            }
            if (parse.GetValue(plot) is { } plotPath)
            {
                outputs.Add((new ScatterPlotSink(plotPath, language, problem => stderr.WriteLine(problem)), plotPath));
            }
            List<IReportSink> sinks = [.. outputs.Select(o => o.Sink), frontier];
            if (!parse.GetValue(quiet))
            {
                sinks.Add(new ProgressSink(stderr, terminal: stderr == Console.Error && !Console.IsErrorRedirected, TimeProvider.System));
            }

            BatchTotals totals;
            try
            {
                var shape = new BatchShape((int)selection.Count, builder.Factors);
                totals = new BatchPipeline(pack, new ProposalReader(), parse.GetValue(jobs))
                    .Run(selection.Positions(), shape, builder.Build, sinks, stderr.WriteLine, checkIds: false);
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
            foreach (var (_, path) in outputs)
            {
                stderr.WriteLine($"wrote {path}");
            }
            var shardGiven = ShardOption.Given(parse, shard) ? parse.GetValue(shard) : null;
            stderr.WriteLine(Ending(designSpace, selection, parse.GetValue(sample), seedValue, shardGiven, pack, totals, frontier.Counts));
            return totals.Errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A space over its limit needs a sample, and a sample is bounded by the same limit.</summary>
    private static Diagnostic? SizeProblem(DesignSpace space, int? sample) => sample switch
    {
        null when space.Count > space.Limit => Problems.SweepOverLimit(space.Path, space.LimitAt, space.Count, space.Limit, space.LimitStated),
        { } n when n > space.Limit => Problems.SweepSampleOverLimit(space.Path, space.LimitAt, n, space.Limit, space.LimitStated),
        _ => null,
    };

    private static string Ending(DesignSpace space, VariantSelection selection, int? sample, ulong seed, Shard? shard, RulePack pack,
        BatchTotals totals, FrontierCounts counts)
    {
        var scope = new List<string>();
        if (sample is not null && selection.Chosen < space.Count)
        {
            scope.Add(string.Create(CultureInfo.InvariantCulture, $"a sample of {selection.Chosen:N0} of {space.Count:N0}, seed {seed}"));
        }
        if (shard is not null)
        {
            scope.Add(string.Create(CultureInfo.InvariantCulture, $"shard {shard} of {selection.Chosen:N0}"));
        }
        var within = scope.Count == 0 ? "" : $" ({string.Join("; ", scope)})";
        return string.Create(CultureInfo.InvariantCulture,
            $"swept {totals.Assessed} variant(s) of {space.Path}{within} against {pack.Criteria.Count} criteria (rule pack {pack.Version}): ")
            + string.Create(CultureInfo.InvariantCulture,
                $"{counts.OnFrontier} on the frontier, {counts.Undetermined} undetermined, {counts.FailsNecessary} fail a necessary criterion.");
    }

    private static Option<int?> SampleOption() => new("--sample")
    {
        Description = "Assess N distinct variants drawn at random (the same --seed, the same variants), in the space's order.",
        HelpName = "N",
        CustomParser = result => ParseNumber<int>(result, "--sample", "a whole number of at least 1", text =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : (int?)null),
    };

    private static Option<ulong?> SeedOption() => new("--seed")
    {
        Description = "The seed of --sample (default 0).",
        HelpName = "S",
        CustomParser = result => ParseNumber<ulong>(result, "--seed", "a whole number from 0 to 18446744073709551615", text =>
            ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (ulong?)null),
    };

    private static T? ParseNumber<T>(ArgumentResult result, string name, string expected, Func<string, T?> parse)
        where T : struct
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (parse(text) is { } value)
        {
            return value;
        }
        result.AddError(Problems.BadOptionValue(name, expected, text));
        return null;
    }

    private static string Display(string path)
    {
        var display = path.Replace('\\', '/');
        return display.StartsWith("./", StringComparison.Ordinal) ? display[2..] : display;
    }
}
