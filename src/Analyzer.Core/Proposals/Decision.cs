namespace Analyzer.Core.Proposals;

/// <summary>A decision the design allocates: who makes it, at what level, and what role AI plays.</summary>
public sealed record Decision
{
    public string? Id { get; init; }
    public string? By { get; init; }
    public string? Level { get; init; }
    public string? Ai { get; init; }
}
