namespace Analyzer.Core.Proposals;

/// <summary>One governance design as its file states it; a null member means the file does not say.</summary>
public sealed record Proposal
{
    public string? Format { get; init; }
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public int? Year { get; init; }
    public string[]? Sources { get; init; }

    public string? Direction { get; init; }
    public string? Issuer { get; init; }
    public Entity[]? Entities { get; init; }
    public Decision[]? Decisions { get; init; }

    public Instrument? Instrument { get; init; }

    public string[]? Lifecycle { get; init; }
    public string[]? Modalities { get; init; }
    public string[]? Rationales { get; init; }
    public string[]? Beneficiaries { get; init; }
    public string[]? Drafters { get; init; }
    public string[]? CostBearers { get; init; }
    public bool? IndustryFunded { get; init; }
    public Negotiation? Negotiation { get; init; }

    public Institution? Institution { get; init; }
    public Cooperation? Cooperation { get; init; }
}
