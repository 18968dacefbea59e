using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Proposals;

/// <summary>One proposal as read (from a file, or built as a sweep variant): the proposal (null when unusable), its problems and its content hash.</summary>
public sealed record ProposalFile
{
    public string Path { get; init; } = "";
    public Proposal? Proposal { get; init; }
    public string Sha256 { get; init; } = "";
    public SourceMap Map { get; init; } = new();
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    /// <summary>A sweep variant's design-factor values, in the order of the batch's factors; empty for a file read from disk.</summary>
    public IReadOnlyList<string> Factors { get; init; } = [];

    public bool IsUsable => Proposal is not null && !Problems.Any(d => d.Severity == Severity.Error);
}
