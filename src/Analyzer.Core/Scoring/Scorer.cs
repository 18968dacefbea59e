using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Scoring;

/// <summary>
/// Scores a dimension in weights: score = 100 * met / (met + not-met + not-stated), range up to
/// 100 * (met + not-stated) / (same). A criterion in error counts as not-stated: it widens the range and never
/// raises the score. A necessary criterion not-met fails the dimension whatever the score;
/// one not-stated or in error leaves it undetermined, and so does a dimension where nothing is stated at all
/// (a band drawn only from missing information would turn not-stated into not-met); otherwise the pack's bands decide.
/// </summary>
/// <remarks>
/// <c>weights</c>, by criterion id, replace the pack's (a sensitivity analysis perturbs them); a criterion not listed,
/// or every criterion when it is null, keeps its weight in the pack.
/// </remarks>
public sealed class Scorer(RulePack pack, IReadOnlyDictionary<string, double>? weights = null)
{
    public ProposalScore Score(Assessment assessment)
    {
        // A classification labels the proposal and scores nothing, so it is not counted as met or not-met; its open
        // questions are still questions for the drafters.
        var counts = Enum.GetValues<Outcome>().ToDictionary(o => o, o => assessment.Results.Count(r => r.Criterion.IsScored && r.Outcome == o));
        return new ProposalScore
        {
            Assessment = assessment,
            Legitimacy = Score(assessment.Results, Dimension.Legitimacy),
            Feasibility = Score(assessment.Results, Dimension.Feasibility),
            Counts = counts,
            Questions = assessment.Results.Count(r => r.Outcome == Outcome.NotStated),
            Classifications = [.. assessment.Results.Where(r => r.Criterion.Column is not null).Select(r => (r.Criterion.Column!, Classification(r)))],
        };
    }

    private DimensionScore Score(IReadOnlyList<CriterionResult> results, Dimension dimension)
    {
        var scored = results.Where(r => r.Criterion.Dimension == dimension).ToList();
        // Summed in pack order, one outcome at a time: the order rescoring from outcomes sums in, to the last bit.
        double Weigh(Outcome outcome) => scored.Where(r => r.Outcome == outcome).Sum(r => Weight(r.Criterion));
        var tally = new DimensionTally(Weigh(Outcome.Met), Weigh(Outcome.NotMet), Weigh(Outcome.NotStated), Weigh(Outcome.Error));
        var necessary = Necessary(scored.Where(r => r.Criterion.Necessity == Necessity.Necessary).Select(r => r.Outcome));
        var (score, high, verdict) = Score(tally, necessary, pack.Bands);
        return new DimensionScore { Score = score, Low = score, High = high, Verdict = verdict };
    }

    private double Weight(Criterion criterion) =>
        weights is not null && weights.TryGetValue(criterion.Id, out var weight) ? weight : criterion.Weight;

    /// <summary>
    /// The score, the top of its range and the verdict of a dimension from its weights by outcome, and
    /// <paramref name="necessary"/>, the verdict its necessary criteria impose whatever the weights (<see cref="Necessary"/>).
    /// </summary>
    public static (double? Score, double? High, Verdict Verdict) Score(DimensionTally tally, Verdict? necessary, IReadOnlyList<ScoringBand> bands)
    {
        var notStated = tally.NotStated + tally.Error; // an error is unknown, never in the score's favour
        var judged = tally.Met + tally.NotMet;
        var total = judged + notStated;
        // Nothing judged (everything not stated, or nothing applies): no score, so sorting never puts "unknown" among "bad".
        double? score = judged == 0 ? null : Round(100 * tally.Met / total);
        double? high = judged == 0 ? null : Round(100 * (tally.Met + notStated) / total);
        var verdict = necessary ?? (score is { } value ? Band(value, bands) : Verdict.Undetermined);
        return (score, high, verdict);
    }

    /// <summary>
    /// What the outcomes of a dimension's necessary criteria decide before any weight counts: fails-necessary when one
    /// is not met, undetermined when one is not stated or in error, otherwise nothing (null), and the bands decide.
    /// </summary>
    public static Verdict? Necessary(IEnumerable<Outcome> necessaryOutcomes)
    {
        var outcomes = necessaryOutcomes as IReadOnlyCollection<Outcome> ?? [.. necessaryOutcomes];
        return outcomes.Contains(Outcome.NotMet) ? Verdict.FailsNecessary
            : outcomes.Any(o => o is Outcome.NotStated or Outcome.Error) ? Verdict.Undetermined
            : null;
    }

    /// <summary>The first band, highest first, whose minimum the score reaches.</summary>
    private static Verdict Band(double score, IReadOnlyList<ScoringBand> bands)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (score >= bands[i].Min)
            {
                return bands[i].Verdict;
            }
        }
        throw new InvalidOperationException("The pack's bands must end with one that every score reaches.");
    }

    /// <summary>A met classification shows its label; otherwise its outcome says why there is none (<c>not-stated</c>).</summary>
    private static string Classification(CriterionResult r) =>
        r.Outcome == Outcome.Met ? r.Label ?? "" : Kebab.Name(r.Outcome);

    // One decimal, rounded half away from zero, so a score never depends on the platform's default rounding.
    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
