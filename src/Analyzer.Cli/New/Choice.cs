namespace Analyzer.Cli.New;

/// <summary>One line of a selection list: a value of the format, or one of the answers that are not values.</summary>
internal sealed record Choice(ChoiceKind Kind, string Label, string? Value = null);

internal enum ChoiceKind
{
    /// <summary>A value written into the file.</summary>
    Value,

    /// <summary>Leaves the field out: not stated.</summary>
    DontKnow,

    /// <summary>States an empty list, <c>[]</c>.</summary>
    None,

    /// <summary>Free-text entries follow, typed at the next prompt.</summary>
    Other,

    /// <summary>Add an entity or a decision.</summary>
    Add,

    /// <summary>No more entities or decisions.</summary>
    Done,
}
