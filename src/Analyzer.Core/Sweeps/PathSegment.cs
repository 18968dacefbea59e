namespace Analyzer.Core.Sweeps;

/// <summary>
/// One step of a dimension's field path as written: a key, optionally followed by a selector of list items
/// (<c>entities[id=agency]</c>, <c>decisions[*]</c>, <c>decisions[0]</c>). <see cref="Offset"/> is where the key starts
/// in the path, so an error can point at the step that is wrong.
/// </summary>
public sealed record PathSegment(string Key, ItemSelector? Selector, int Offset);

/// <summary>Which items of a list of records a path goes into.</summary>
public abstract record ItemSelector
{
    /// <summary>How the selector is written between the brackets.</summary>
    public abstract string Text { get; }
}

/// <summary><c>[*]</c>: every item.</summary>
public sealed record AllItems : ItemSelector
{
    public override string Text => "*";
}

/// <summary><c>[2]</c>: the item at a position, counted from 0 as in the reader's messages.</summary>
public sealed record ItemAt(int Index) : ItemSelector
{
    public override string Text => Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary><c>[id=agency]</c>: the items whose text field <see cref="Field"/> is <see cref="Value"/>.</summary>
public sealed record ItemsWhere(string Field, string Value) : ItemSelector
{
    public override string Text => $"{Field}={Value}";
}
