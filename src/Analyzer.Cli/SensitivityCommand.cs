using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Sensitivity;
using Analyzer.Core.Sweeps;

namespace Analyzer.Cli;

/// <summary>
/// <c>analyzer sensitivity</c>: proposals read and evaluated once through the batch pipeline, then rescored under
/// perturbed weights. The analysis takes the pipeline's assessed proposals whatever their source, so a design space
/// (a sweep's variants, run through the same pipeline with its loader and factors) needs no change to it.
/// </summary>
public static class SensitivityCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Proposal files (.yaml, .yml, .json), folders (searched recursively) or globs; or one design space (.space.yaml), whose variants are ranked.",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = PackOptions.Rules();
        var spread = Spread();
        var samples = Samples();
        var seed = Options.WholeNumber("--seed", "The seed of the weight draws: the same seed gives the same results.", atLeast: 0, () => SensitivitySettings.DefaultSeed);
        var output = new Option<string?>("--out") { Description = "Write one CSV row per proposal and dimension here.", HelpName = "FILE" };
        var influence = new Option<string?>("--influence") { Description = "Write one CSV row per scored criterion (how its weight alone moves the ranking) here.", HelpName = "FILE" };
        var lang = new Option<string>("--lang") { Description = "Language of the summary.", DefaultValueFactory = _ => "en" };
        lang.OneOf("en", "zh");
        var delimiter = CsvOptions.Delimiter();
        var jobs = Options.WholeNumber("--jobs", "Proposals assessed, and samples scored, in parallel (default: all cores).", atLeast: 1, () => Environment.ProcessorCount);

        var command = new Command("sensitivity", "How far the ranking of proposals survives a change of the criteria's weights.")
        {
            paths, rules, spread, samples, seed, output, influence, lang, delimiter, jobs,
        };
        command.SetAction(parse =>
        {
            var (pack, problems) = RulePackLoader.Load(PackOptions.Locate(parse.GetValue(rules)).Rules);
            problems.ToList().ForEach(stderr.WriteLine);
            if (pack is null)
            {
                return ExitCodes.BadInput;
            }
            var settings = new SensitivitySettings(parse.GetValue(spread), parse.GetValue(samples), parse.GetValue(seed));
            var given = parse.GetValue(paths)!;
            var space = given is [var spacePath] && ProposalFinder.IsSpace(spacePath) ? ReadSpace(spacePath, pack, settings, stderr) : null;
            if (space is { Space: null })
            {
                return ExitCodes.BadInput;
            }
            var (files, findProblems) = space is null ? ProposalFinder.Find(given) : (space.Space.Inputs, []);
            findProblems.ToList().ForEach(stderr.WriteLine);
            var targets = new[] { ("--out", parse.GetValue(output)), ("--influence", parse.GetValue(influence)) }
                .Where(t => t.Item2 is not null).Select(t => (t.Item1, t.Item2!)).ToList();
            var unsafeTargets = ReportTargets.Check(targets, files);
            unsafeTargets.ToList().ForEach(stderr.WriteLine);
            if (unsafeTargets.Count > 0)
            {
                return ExitCodes.BadInput; // refused before anything is read or written
            }

            var collector = new OutcomeCollector();
            var progress = new ProgressSink(stderr, terminal: stderr == Console.Error && !Console.IsErrorRedirected, TimeProvider.System);
            var pipeline = new BatchPipeline(pack, new ProposalReader(), parse.GetValue(jobs));
            BatchTotals totals;
            if (space?.Space is { } designSpace)
            {
                // A space's variants, built in memory as sweep builds them, are ranked like files.
                var builder = new VariantBuilder(designSpace);
                var variants = VariantSelection.Of(designSpace.Count, sample: null, seed: 0, Shard.Whole);
                totals = pipeline.Run(variants.Positions(), new BatchShape((int)variants.Count, builder.Factors), builder.Build,
                    [collector, progress], stderr.WriteLine, checkIds: false);
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"assessed {totals.Assessed} variant(s) of {designSpace.Path} against {pack.Criteria.Count} criteria (rule pack {pack.Version})."));
            }
            else
            {
                totals = pipeline.Run(files, [collector, progress], stderr.WriteLine);
                var skipped = totals.Skipped + findProblems.Count(p => p.Severity == Severity.Error);
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"assessed {totals.Assessed} proposal(s) against {pack.Criteria.Count} criteria (rule pack {pack.Version}); {skipped} file(s) skipped."));
            }
            if (collector.Proposals.Count == 0)
            {
                stderr.WriteLine($"error: {Problems.NothingToRank()}");
                return ExitCodes.BadInput;
            }
            if (!SensitivityAnalysis.Fits(settings.Samples, collector.Proposals.Count))
            {
                stderr.WriteLine($"error: {Problems.TooManyScores(settings.Samples, collector.Proposals.Count, SensitivityAnalysis.MaxScores)}");
                return ExitCodes.BadInput;
            }

            var result = SensitivityAnalysis.Run(pack, collector.Proposals, collector.Factors, settings, parse.GetValue(jobs));
            SensitivityReport.WriteSummary(stdout, result, parse.GetValue(lang) == "zh" ? Language.Zh : Language.En);
            var dialect = CsvOptions.Dialect(parse.GetValue(delimiter)!);
            try
            {
                if (parse.GetValue(output) is { } path)
                {
                    Write(path, SensitivityReport.ProposalColumns(result.Factors), SensitivityReport.ProposalRows(result, dialect), dialect);
                    stderr.WriteLine($"wrote {path}");
                }
                if (parse.GetValue(influence) is { } path2)
                {
                    Write(path2, SensitivityReport.InfluenceColumns, SensitivityReport.InfluenceRows(result, dialect), dialect);
                    stderr.WriteLine($"wrote {path2}");
                }
            }
            catch (ReportFileException e)
            {
                stderr.WriteLine(Problems.CannotWrite(e.Path, e.Message));
                return ExitCodes.BadInput;
            }
            // As for assess: the usable proposals are analysed, and a file that could not be read still fails the run.
            return findProblems.Any(p => p.Severity == Severity.Error) || totals.Errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// A design space named alone: read and checked as sweep reads it, and refused before anything runs when its
    /// variants are over its limit or would hold too many scores. <see cref="SpaceInput.Space"/> is null on a problem.
    /// </summary>
    private static SpaceInput ReadSpace(string path, RulePack pack, SensitivitySettings settings, TextWriter stderr)
    {
        var display = path.Replace('\\', '/');
        var (space, problems) = SpaceReader.Read(display.StartsWith("./", StringComparison.Ordinal) ? display[2..] : display,
            [.. SummaryColumns.For(pack), .. SensitivityReport.ProposalColumns([])]);
        problems.ToList().ForEach(stderr.WriteLine);
        if (space is null)
        {
            return new SpaceInput(null);
        }
        if (space.Count > space.Limit)
        {
            stderr.WriteLine(Problems.SweepOverLimit(space.Path, space.LimitAt, space.Count, space.Limit, space.LimitStated, sampleHint: false));
            return new SpaceInput(null);
        }
        if (!SensitivityAnalysis.Fits(settings.Samples, (int)space.Count))
        {
            stderr.WriteLine($"error: {Problems.TooManyScores(settings.Samples, (int)space.Count, SensitivityAnalysis.MaxScores)}");
            return new SpaceInput(null);
        }
        return new SpaceInput(space);
    }

    private sealed record SpaceInput(DesignSpace? Space);

    private static void Write(string path, IReadOnlyList<string> header, IEnumerable<string[]> rows, CsvDialect dialect)
    {
        using var csv = new CsvReportWriter(path, header, dialect.Separator);
        foreach (var row in rows)
        {
            csv.WriteRow(row);
        }
        csv.Commit();
    }

    private static Option<double> Spread() => new("--spread")
    {
        Description = "Each weight is multiplied by a factor drawn uniformly from 1 - S to 1 + S (0 <= S < 1).",
        HelpName = "S",
        DefaultValueFactory = _ => SensitivitySettings.DefaultSpread,
        // On a bad value the parser records an error, which stops the run; the number returned then is never used.
        CustomParser = result => Parsed(result, Problems.BadSpread, text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && SensitivitySettings.IsValidSpread(value) ? value : null),
    };

    private static Option<int> Samples() => new("--samples")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"How many weightings to draw (1 to {SensitivitySettings.MaxSamples})."),
        HelpName = "N",
        DefaultValueFactory = _ => SensitivitySettings.DefaultSamples,
        CustomParser = result => (int)Parsed(result, text => Problems.BadSamples(text, SensitivitySettings.MaxSamples), text =>
            int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= SensitivitySettings.MaxSamples ? n : null),
    };

    private static double Parsed(ArgumentResult result, Func<string, string> problem, Func<string, double?> parse)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (parse(text) is { } value)
        {
            return value;
        }
        result.AddError(problem(text));
        return 1;
    }
}
