using Analyzer.Core.Evaluation;

namespace Analyzer.Core.Scoring;

/// <summary>A proposal's scores, verdicts and outcome counts: one summary row.</summary>
public sealed record ProposalScore
{
    public Assessment Assessment { get; init; } = new();
    public DimensionScore Legitimacy { get; init; } = new();
    public DimensionScore Feasibility { get; init; } = new();
    public IReadOnlyDictionary<Outcome, int> Counts { get; init; } = new Dictionary<Outcome, int>();
    public int Questions { get; init; }

    /// <summary>The pack's summary classifications, in pack order: column name and value (a label, or the outcome when there is none).</summary>
    public IReadOnlyList<(string Column, string Value)> Classifications { get; init; } = [];
}
