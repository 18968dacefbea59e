namespace Analyzer.Core.Proposals;

/// <summary>How the design meets Roberts et al.'s cooperation barriers and pathways.</summary>
public sealed record Cooperation
{
    public string? Pathway { get; init; }
    public bool? RivalAgreementNeeded { get; init; }
    public string? DecisionRule { get; init; }
    public string[]? LinkedInstitutions { get; init; }
    public string[]? Coordination { get; init; }
    public string[]? CapacityBuilding { get; init; }
    public string[]? ExpertBodies { get; init; }
    public string[]? Levels { get; init; }
    public string[]? Implementation { get; init; }
    public string[]? Flexibility { get; init; }
    public bool? GlobalSouthIncluded { get; init; }

    // Added to format v1 for Roberts et al.'s RH-01 and RH-14 (additions only; nothing renamed).

    /// <summary>The governance gap the design fills, in a sentence; <c>none</c> says it fills none.</summary>
    public string? GapAddressed { get; init; }

    /// <summary>Existing initiatives the design overlaps with.</summary>
    public string[]? OverlapsWith { get; init; }

    /// <summary>How change here is expected to reinforce change in other nodes or policy areas.</summary>
    public string[]? Spillovers { get; init; }
}
