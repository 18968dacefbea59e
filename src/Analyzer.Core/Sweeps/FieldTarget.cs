namespace Analyzer.Core.Sweeps;

/// <summary>
/// Where a dimension's values go in the proposal: the field path resolved on the model and the base proposal, with
/// the compiled edit that sets a value there.
/// </summary>
public sealed record FieldTarget
{
    /// <summary>The path as the field catalogue names it: <c>entities[].revocableBy</c>, <c>institution.challenges.scope</c>.</summary>
    public required string ModelPath { get; init; }

    /// <summary>What a value must bind to: the field's type, a list item's record type, or text for a challenge answer.</summary>
    public required Type ValueType { get; init; }

    /// <summary>The field's key, as the reader names it in a message about its value.</summary>
    public required string Name { get; init; }

    /// <summary>Each place the value lands in the base, as the reader's paths name it (<c>entities[2].revocableBy</c>).</summary>
    public required IReadOnlyList<string> SourcePaths { get; init; }

    /// <summary>The value replaces whole items of a list, which cannot be null.</summary>
    public bool IsItem { get; init; }

    internal ModelEdit Edit { get; init; } = null!; // set by the resolver, the only maker of targets

    /// <summary>
    /// The value can change the entity graph or the AI use that the reader's cross-record checks read (ids, references,
    /// mandates, the declared direction): such dimensions are checked in combination, not only one value at a time.
    /// </summary>
    public bool TouchesGraph =>
        ModelPath is "issuer" or "direction" || ModelPath.StartsWith("entities", StringComparison.Ordinal)
        || ModelPath.StartsWith("decisions", StringComparison.Ordinal);
}
