using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals;

namespace Analyzer.Core.Sweeps;

/// <summary>
/// A design space as read and checked: a base proposal and named dimensions, each a field with the values it takes.
/// Its variants are the cartesian product of the values, first dimension slowest; none is built until asked for.
/// </summary>
public sealed record DesignSpace
{
    /// <summary>Variants one run may assess, unless the space states its own <c>limit</c> or a sample is drawn.</summary>
    public const long DefaultLimit = 1_000_000;

    /// <summary>The space file, as named on the command line: every variant's <c>file</c>.</summary>
    public required string Path { get; init; }

    public required string Sha256 { get; init; }

    public required Proposal Base { get; init; }

    public required IReadOnlyList<Dimension> Dimensions { get; init; }

    /// <summary>The number of variants: the product of the dimensions' sizes.</summary>
    public required long Count { get; init; }

    public long Limit { get; init; } = DefaultLimit;

    /// <summary>Where the limit is stated, or the dimensions start when it is not: where a space too large is reported.</summary>
    public SourcePosition LimitAt { get; init; }

    public bool LimitStated { get; init; }

    /// <summary>The files the space reads: itself and its base proposal's file (none when the base is inline).</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];
}

/// <summary>One dimension: its name (a summary column), its field path as written, where it resolves, and its values.</summary>
public sealed record Dimension(string Name, string Path, FieldTarget Target, IReadOnlyList<DimensionValue> Values);

/// <summary>
/// One value of a dimension: as written in its summary column (<see cref="Text"/>), the part of the variant id it
/// gives, the value bound onto the model, and where it stands in the space file.
/// </summary>
public sealed record DimensionValue(string Text, string IdPart, object? Bound, SourcePosition At);
