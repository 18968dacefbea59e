using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Scoring;

/// <summary>
/// Scores a dimension in weights: score = 100 * met / (met + not-met + not-stated), range up to
/// 100 * (met + not-stated) / (same). A necessary criterion not-met fails the dimension whatever the score;
/// one not-stated or in error leaves it undetermined, and so does a dimension where nothing is stated at all
/// (a band drawn only from missing information would turn not-stated into not-met); otherwise the pack's bands decide.
/// </summary>
public sealed class Scorer(RulePack pack)
{
    public const string FailsNecessary = "fails-necessary";
    public const string Undetermined = "undetermined";

    public ProposalScore Score(Assessment assessment)
    {
        var counts = new[] { Outcome.Met, Outcome.NotMet, Outcome.NotStated, Outcome.NotApplicable, Outcome.Error }
            .ToDictionary(o => o, o => assessment.Results.Count(r => r.Outcome == o), StringComparer.Ordinal);
        return new ProposalScore
        {
            Assessment = assessment,
            Legitimacy = Dimension(assessment.Results, Dimensions.Legitimacy),
            Feasibility = Dimension(assessment.Results, Dimensions.Feasibility),
            Counts = counts,
            Questions = assessment.Results.Count(r => r.Outcome == Outcome.NotStated),
        };
    }

    private DimensionScore Dimension(IReadOnlyList<CriterionResult> results, string dimension)
    {
        var scored = results.Where(r => r.Criterion.Dimension == dimension).ToList();
        double Weigh(string outcome) => scored.Where(r => r.Outcome == outcome).Sum(r => r.Criterion.Weight);
        var met = Weigh(Outcome.Met);
        var notStated = Weigh(Outcome.NotStated);
        var judged = met + Weigh(Outcome.NotMet);
        var total = judged + notStated;
        double? score = total == 0 ? null : Round(100 * met / total);
        double? high = total == 0 ? null : Round(100 * (met + notStated) / total);

        var necessary = scored.Where(r => r.Criterion.Necessity == Dimensions.Necessary).ToList();
        var verdict = necessary.Any(r => r.Outcome == Outcome.NotMet) ? FailsNecessary
            : necessary.Any(r => r.Outcome is Outcome.NotStated or Outcome.Error) ? Undetermined
            : score is null || judged == 0 ? Undetermined
            : pack.Bands.First(b => score >= b.Min).Verdict;
        return new DimensionScore { Score = score, Low = score, High = high, Verdict = verdict };
    }

    // One decimal, rounded half away from zero, so a score never depends on the platform's default rounding.
    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
