using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Proposals;

/// <summary>One proposal file as read: the proposal (null when unusable), its problems and its content hash.</summary>
public sealed record ProposalFile
{
    public string Path { get; init; } = "";
    public Proposal? Proposal { get; init; }
    public string Sha256 { get; init; } = "";
    public SourceMap Map { get; init; } = new();
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    public bool IsUsable => Proposal is not null && !Problems.Any(d => d.Severity == Severity.Error);
}
