namespace Analyzer.Core.Proposals;

/// <summary>What the issuer adopts: its kind, legal force, addressees, reach and enforcement.</summary>
public sealed record Instrument
{
    public string? Kind { get; init; }
    public bool? AiSpecific { get; init; }
    public string? Binding { get; init; }
    public string? Addressees { get; init; }
    public string? Territory { get; init; }
    public bool? Extraterritorial { get; init; }
    public string[]? Enforcement { get; init; }
    public double? ReviewCycleYears { get; init; }

    // Added to format v1 for VMG-13: general-purpose systems and obligations on their providers.
    public string? SystemScope { get; init; }
    public bool? GpaiProviderObligations { get; init; }
}
