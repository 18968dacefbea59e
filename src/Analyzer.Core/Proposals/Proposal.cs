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

    // Added to format v1 for Veale, Matus and Gorwa's VMG-06 and VMG-07 (additions only; nothing renamed).
    public Council? Council { get; init; }

    /// <summary>The design depends on, or entrenches, a few firms that control compute, data or models.</summary>
    public bool? DependsOnDominantFirms { get; init; }

    public Institution? Institution { get; init; }
    public Cooperation? Cooperation { get; init; }
}
