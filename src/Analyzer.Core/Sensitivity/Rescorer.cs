using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Sensitivity;

/// <summary>
/// Scores assessed proposals again under other weights, with <see cref="Scorer"/>'s own formula
/// (<see cref="Scorer.Score(DimensionTally, Verdict?, IReadOnlyList{ScoringBand})"/>). What the weights cannot change
/// is worked out once: for each proposal and dimension, the pack positions of its criteria by outcome, in pack order
/// (the order the scorer sums in), and the verdict its necessary criteria impose. A rescoring is then a few sums.
/// </summary>
public sealed class Rescorer
{
    /// <summary>The two dimensions that are scored and ranked, in report order.</summary>
    public static readonly Dimension[] Dimensions = [Dimension.Legitimacy, Dimension.Feasibility];

    private readonly IReadOnlyList<ScoringBand> _bands;
    private readonly Slot[][] _slots; // [dimension][proposal]

    public Rescorer(RulePack pack, IReadOnlyList<AssessedProposal> proposals)
    {
        _bands = pack.Bands;
        PackWeights = [.. pack.Criteria.Select(c => (double)c.Weight)];
        _slots = [.. Dimensions.Select(d => proposals.Select(p => Slot.Of(pack, p, d)).ToArray())];
    }

    /// <summary>The pack's weights, by pack position: the weights a sample perturbs.</summary>
    public IReadOnlyList<double> PackWeights { get; }

    /// <summary>
    /// A proposal's score (null when nothing is judged) and verdict on the dimension at <paramref name="dimension"/> in
    /// <see cref="Dimensions"/>, under <paramref name="weights"/> by pack position.
    /// </summary>
    public (double? Score, Verdict Verdict) Score(int dimension, int proposal, double[] weights)
    {
        var slot = _slots[dimension][proposal];
        var tally = new DimensionTally(Sum(slot.Met, weights), Sum(slot.NotMet, weights), Sum(slot.NotStated, weights), Sum(slot.Error, weights));
        var (score, _, verdict) = Scorer.Score(tally, slot.Necessary, _bands);
        return (score, verdict);
    }

    private static double Sum(int[] positions, double[] weights)
    {
        var sum = 0.0;
        foreach (var i in positions)
        {
            sum += weights[i];
        }
        return sum;
    }

    private sealed record Slot(int[] Met, int[] NotMet, int[] NotStated, int[] Error, Verdict? Necessary)
    {
        public static Slot Of(RulePack pack, AssessedProposal proposal, Dimension dimension)
        {
            if (proposal.Outcomes.Count != pack.Criteria.Count)
            {
                throw new ArgumentException($"Proposal '{proposal.Id}' has {proposal.Outcomes.Count} outcomes for a pack of {pack.Criteria.Count} criteria.", nameof(proposal));
            }
            var positions = Enumerable.Range(0, pack.Criteria.Count).Where(i => pack.Criteria[i].Dimension == dimension).ToList();
            int[] With(Outcome outcome) => [.. positions.Where(i => proposal.Outcomes[i] == outcome)];
            var necessary = Scorer.Necessary(positions.Where(i => pack.Criteria[i].Necessity == Necessity.Necessary).Select(i => proposal.Outcomes[i]));
            return new Slot(With(Outcome.Met), With(Outcome.NotMet), With(Outcome.NotStated), With(Outcome.Error), necessary);
        }
    }
}
