using System.Text.RegularExpressions;
using Analyzer.Core.Proposals.Schema;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>What a path a rule names means: a proposal field from the format's catalogue, or a derived fact from the glossary.</summary>
public static partial class FieldMeaning
{
    public const string FactPrefix = "facts.";

    public static LocalizedText? Of(string path) =>
        path.StartsWith(FactPrefix, StringComparison.Ordinal) ? FactGlossary.Of(path[FactPrefix.Length..]) : FieldCatalog.Find(path)?.Description;

    /// <summary>The facts an expression names (<c>facts.HasMandated</c>), in order of first mention.</summary>
    public static IReadOnlyList<string> FactsIn(string? expression) =>
        expression is null ? [] : [.. FactReference().Matches(expression).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\bfacts\.[A-Z][A-Za-z0-9]*", RegexOptions.CultureInvariant)]
    private static partial Regex FactReference();
}
