using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Scoring;

/// <summary>
/// Finds, per dimension, the smallest set of criteria whose meeting lifts the verdict (<see cref="Lift"/>). Meeting a
/// criterion moves its whole weight into the score's numerator and leaves the denominator alone, so the heaviest
/// criteria first is the fewest that reach a target; ties go to not-met before not-stated (a change the drafters
/// can make, not a question they must answer), then pack order. Necessary criteria come first and all together,
/// because any one of them left failing or unstated overrides the score.
/// </summary>
public sealed class LiftPlanner(RulePack pack)
{
    public Lift Plan(ProposalScore score, Dimension dimension)
    {
        var current = dimension == Dimension.Legitimacy ? score.Legitimacy : score.Feasibility;
        var applicable = score.Assessment.Results
            .Where(r => r.Criterion.Dimension == dimension && r.Outcome != Outcome.NotApplicable).ToList();
        var lift = new Lift { Dimension = dimension, From = current.Verdict, To = current.Verdict };
        if (applicable.Count == 0)
        {
            return lift with { Goal = LiftGoal.NothingApplies };
        }
        double total = applicable.Sum(r => r.Criterion.Weight);
        double met = applicable.Where(r => r.Outcome == Outcome.Met).Sum(r => r.Criterion.Weight);
        var open = applicable.Where(r => r.Outcome != Outcome.Met).ToList();

        var necessary = open.Where(r => r.Criterion.Necessity == Necessity.Necessary).ToList();
        if (necessary.Count > 0)
        {
            var steps = Steps(Ordered(necessary), total);
            var after = Round(100 * (met + necessary.Sum(r => r.Criterion.Weight)) / total);
            return lift with { Goal = LiftGoal.ClearNecessary, Steps = steps, ScoreAfter = after, To = Band(after) };
        }
        if (current.Score is null)
        {
            return lift with { Goal = LiftGoal.NothingStated };
        }
        var next = pack.Bands.LastOrDefault(b => b.Min > current.Score);
        if (next is null)
        {
            return lift with { Goal = LiftGoal.TopBand, ScoreAfter = current.Score };
        }
        var chosen = new List<CriterionResult>();
        var reached = met;
        foreach (var r in Ordered(open))
        {
            if (Round(100 * reached / total) >= next.Min)
            {
                break;
            }
            chosen.Add(r);
            reached += r.Criterion.Weight;
        }
        var score100 = Round(100 * reached / total);
        return lift with { Goal = LiftGoal.NextBand, Steps = Steps(chosen, total), ScoreAfter = score100, To = Band(score100) };
    }

    private Verdict Band(double score) => pack.Bands.First(b => score >= b.Min).Verdict;

    private static IEnumerable<CriterionResult> Ordered(IEnumerable<CriterionResult> results) =>
        results.OrderByDescending(r => r.Criterion.Weight).ThenBy(r => r.Outcome == Outcome.NotMet ? 0 : 1); // stable: pack order last

    private static List<LiftStep> Steps(IEnumerable<CriterionResult> results, double total) =>
        [.. results.Select(r => new LiftStep(r, r.Criterion.Weight, Round(100 * r.Criterion.Weight / total)))];

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
