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
public sealed class Scorer(RulePack pack)
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
        double Weigh(Outcome outcome) => scored.Where(r => r.Outcome == outcome).Sum(r => r.Criterion.Weight);
        var met = Weigh(Outcome.Met);
        var notStated = Weigh(Outcome.NotStated) + Weigh(Outcome.Error); // an error is unknown, never in the score's favour
        var judged = met + Weigh(Outcome.NotMet);
        var total = judged + notStated;
        // Nothing judged (everything not stated, or nothing applies): no score, so sorting never puts "unknown" among "bad".
        double? score = judged == 0 ? null : Round(100 * met / total);
        double? high = judged == 0 ? null : Round(100 * (met + notStated) / total);

        var necessary = scored.Where(r => r.Criterion.Necessity == Necessity.Necessary).ToList();
        var verdict = necessary.Any(r => r.Outcome == Outcome.NotMet) ? Verdict.FailsNecessary
            : necessary.Any(r => r.Outcome is Outcome.NotStated or Outcome.Error) ? Verdict.Undetermined
            : score is null ? Verdict.Undetermined
            : pack.Bands.First(b => score >= b.Min).Verdict;
        return new DimensionScore { Score = score, Low = score, High = high, Verdict = verdict };
    }

    /// <summary>A met classification shows its label; otherwise its outcome says why there is none (<c>not-stated</c>).</summary>
    private static string Classification(CriterionResult r) =>
        r.Outcome == Outcome.Met ? r.Label ?? "" : Kebab.Name(r.Outcome);

    // One decimal, rounded half away from zero, so a score never depends on the platform's default rounding.
    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
