using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Scoring;

/// <summary>
/// What would lift one dimension: the fewest criteria now not-met or not-stated whose meeting clears a necessary
/// failure, or else reaches the next band; and the score and verdict the dimension would then have.
/// </summary>
public sealed record Lift
{
    public Dimension Dimension { get; init; }
    public LiftGoal Goal { get; init; }
    public Verdict From { get; init; }

    /// <summary>The verdict once every step is met (the same as <see cref="From"/> when there is nothing to lift).</summary>
    public Verdict To { get; init; }
    public double? ScoreAfter { get; init; }
    public IReadOnlyList<LiftStep> Steps { get; init; } = [];
}

/// <summary>One criterion to meet: its weight becomes points, which move the score by <see cref="ScoreGain"/>.</summary>
public sealed record LiftStep(CriterionResult Result, int Points, double ScoreGain);

/// <summary>Why a dimension is, or is not, liftable.</summary>
public enum LiftGoal
{
    /// <summary>Meet the necessary criteria that fail or are not stated; no score can make up for them.</summary>
    ClearNecessary,

    /// <summary>Reach the next band of the pack.</summary>
    NextBand,

    /// <summary>Already in the top band.</summary>
    TopBand,

    /// <summary>Nothing in the dimension is stated, so no score exists to lift: the questions come first.</summary>
    NothingStated,

    /// <summary>No criterion of the dimension applies to the proposal.</summary>
    NothingApplies,
}
