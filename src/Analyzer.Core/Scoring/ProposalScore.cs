using Analyzer.Core.Evaluation;

namespace Analyzer.Core.Scoring;

/// <summary>A proposal's scores, verdicts and outcome counts: one summary row.</summary>
public sealed record ProposalScore
{
    public Assessment Assessment { get; init; } = new();
    public DimensionScore Legitimacy { get; init; } = new();
    public DimensionScore Feasibility { get; init; } = new();
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();
    public int Questions { get; init; }
}
