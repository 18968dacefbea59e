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
}
