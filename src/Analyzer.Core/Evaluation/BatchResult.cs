using Analyzer.Core.Diagnostics;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Evaluation;

/// <summary>A batch's scored proposals in file order, and every problem with the files that were skipped.</summary>
public sealed record BatchResult
{
    public IReadOnlyList<ProposalScore> Scores { get; init; } = [];
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];
    public int Skipped { get; init; }
}
