using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Sensitivity;

/// <summary>
/// Weight sensitivity of a batch. Each sample multiplies every scored criterion's weight by its own factor
/// (<see cref="WeightDraws"/>) and rescores every proposal from the outcomes it already has (<see cref="Rescorer"/>);
/// then each sample's ranking is compared with the ranking under the pack's weights. Proposals are ranked per
/// dimension by their score as the tool prints it (one decimal): equal scores tie and share the best rank they span.
/// A proposal with no score on a dimension is not ranked on it. The influence of each criterion is measured one at a
/// time: only its weight is lowered to (1 - spread) and raised to (1 + spread) times its value.
/// Results depend only on the inputs, their order and the settings, never on the number of jobs.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Samples times proposals: every sample's score of every proposal is held (two bytes a dimension) for its percentiles.</summary>
    public const long MaxScores = 25_000_000;

    /// <summary>Scores in tenths, 0.0 to 100.0: the codes a ranking is made of.</summary>
    internal const int Codes = 1001;

    public static bool Fits(int samples, int proposals) => (long)samples * proposals <= MaxScores;

    /// <summary>Assessed proposals straight from the evaluator, in the order given.</summary>
    public static SensitivityResult Run(RulePack pack, IEnumerable<Assessment> assessments, SensitivitySettings settings, int jobs = 1) =>
        Run(pack, [.. assessments.Select(AssessedProposal.Of)], [], settings, jobs);

    /// <summary>
    /// Assessed proposals from any source, in the order given; <c>factors</c> names a sweep's design factors, whose
    /// values each proposal carries (none for files). Samples run on <c>jobs</c> threads, which never changes the result.
    /// </summary>
    public static SensitivityResult Run(RulePack pack, IReadOnlyList<AssessedProposal> proposals, IReadOnlyList<string> factors,
        SensitivitySettings settings, int jobs = 1)
    {
        if (!SensitivitySettings.IsValidSpread(settings.Spread) || settings.Samples is < 1 or > SensitivitySettings.MaxSamples || !Fits(settings.Samples, proposals.Count))
        {
            throw new ArgumentException("The spread must be in [0, 1), the samples from 1 to MaxSamples, and samples times proposals within MaxScores.", nameof(settings));
        }
        var rescorer = new Rescorer(pack, proposals);
        var runs = Rescorer.Dimensions.Select((_, d) => new DimensionRun(d, rescorer, proposals.Count, settings.Samples)).ToArray();
        var draws = new WeightDraws(settings.Seed, settings.Spread);
        var scored = Enumerable.Range(0, pack.Criteria.Count).Where(i => pack.Criteria[i].IsScored).ToArray();
        var keys = pack.Criteria.Select(c => WeightDraws.Key(c.Id)).ToArray();

        // Each sample writes only its own slots and draws only from its own index, so the thread that runs it does not matter.
        Parallel.For(0, settings.Samples, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) },
            () => rescorer.PackWeights.ToArray(),
            (sample, _, weights) =>
            {
                foreach (var i in scored)
                {
                    weights[i] = rescorer.PackWeights[i] * draws.Factor(sample, keys[i]);
                }
                foreach (var run in runs)
                {
                    run.Sample(sample, weights);
                }
                return weights;
            },
            _ => { });

        return new SensitivityResult
        {
            Settings = settings,
            Factors = factors,
            Proposals = proposals.Count,
            Rows = [.. proposals.Select((p, i) => runs.Select(run => run.Row(p, i))).SelectMany(rows => rows)],
            Dimensions = [.. runs.Select(run => run.Summary())],
            Influence = Influence(pack, rescorer, runs, scored, settings),
        };
    }

    private static List<CriterionInfluence> Influence(RulePack pack, Rescorer rescorer, DimensionRun[] runs, int[] scored, SensitivitySettings settings)
    {
        var influence = new List<(CriterionInfluence Influence, int Position)>();
        foreach (var i in scored)
        {
            var run = runs[Array.IndexOf(Rescorer.Dimensions, pack.Criteria[i].Dimension)];
            var weights = rescorer.PackWeights.ToArray();
            weights[i] = rescorer.PackWeights[i] * settings.Down;
            var (down, downShift) = run.Compare(weights);
            weights[i] = rescorer.PackWeights[i] * settings.Up;
            var (up, upShift) = run.Compare(weights);
            influence.Add((new CriterionInfluence(pack.Criteria[i], down, up, Math.Max(downShift, upShift)), i));
        }
        return [.. influence
            .OrderBy(c => c.Influence.LowestTau ?? double.PositiveInfinity)
            .ThenByDescending(c => c.Influence.LargestRankShift)
            .ThenBy(c => c.Position)
            .Select(c => c.Influence)];
    }

    /// <summary>A score as a code: its tenths.</summary>
    internal static int Code(double score) => (int)Math.Round(score * 10, MidpointRounding.AwayFromZero);

    /// <summary>For each code, how many of <paramref name="codes"/> are higher: a code's rank is one more.</summary>
    internal static void CountHigher(ReadOnlySpan<int> codes, Span<int> higher)
    {
        Span<int> count = stackalloc int[Codes];
        foreach (var code in codes)
        {
            count[code]++;
        }
        higher[Codes - 1] = 0;
        for (var code = Codes - 2; code >= 0; code--)
        {
            higher[code] = higher[code + 1] + count[code + 1];
        }
    }
}
