namespace Analyzer.Core.Proposals;

/// <summary>How the text was negotiated (Veale, Matus and Gorwa's treaty-drafting tension).</summary>
public sealed record Negotiation
{
    public bool? Transparent { get; init; }
    public string[]? Participants { get; init; }
}
