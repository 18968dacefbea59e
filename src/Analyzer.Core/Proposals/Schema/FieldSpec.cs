using Analyzer.Core.Rules;

namespace Analyzer.Core.Proposals.Schema;

/// <summary>What the format says about one field beyond its type: what it means (in English and Chinese), its vocabulary and its constraint.</summary>
public sealed record FieldSpec(string Path, LocalizedText Description)
{
    /// <summary>
    /// The field's vocabulary: the allowed values of a text field, of each item of a list, or the allowed keys of a
    /// mapping; null when the field is free text.
    /// </summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>The vocabulary only suggests: other text is kept as stated, though no rule counts it.</summary>
    public bool Open { get; init; }

    public FieldConstraint Constraint { get; init; }

    /// <summary>A vocabulary the reader enforces.</summary>
    public bool IsClosed => Values is not null && !Open;
}

/// <summary>The checks on a single value that the reader makes besides its type and vocabulary.</summary>
public enum FieldConstraint
{
    None,

    /// <summary>Required and not blank.</summary>
    Required,

    /// <summary>Required, and lower-case letters, digits and hyphens (<see cref="FieldCatalog.IdPattern"/>).</summary>
    RequiredId,

    /// <summary>Greater than 0.</summary>
    Positive,
}
