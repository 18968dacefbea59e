using Analyzer.Core.Rules;

namespace Analyzer.Core.Drafting;

/// <summary>
/// One question of <c>analyzer new</c>: the field it fills (its path in the format, e.g. <c>entities[].mandatedBy</c>),
/// what is asked, and an explanation in plain words that names the paper behind it.
/// </summary>
public sealed record Question(string Field, LocalizedText Prompt, LocalizedText Explanation)
{
    /// <summary>The values offered for an enumeration, or the recognised entries suggested for an open list.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}
