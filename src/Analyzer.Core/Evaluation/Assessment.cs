using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;

namespace Analyzer.Core.Evaluation;

/// <summary>A proposal, its derived facts and every criterion's result, in pack order.</summary>
public sealed record Assessment
{
    public ProposalFile File { get; init; } = new();
    public Proposal Proposal { get; init; } = new();
    public ProposalFacts Facts { get; init; } = new();
    public IReadOnlyList<CriterionResult> Results { get; init; } = [];
}
