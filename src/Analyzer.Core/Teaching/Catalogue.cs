using Analyzer.Core.PackTesting;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>The criteria of the pack grouped by paper (in pack order), optionally for one paper or one dimension.</summary>
public static class Catalogue
{
    public static IReadOnlyList<CataloguePaper> Build(RulePack pack, IReadOnlyList<Fixture> fixtures, string? paper = null, Dimension? dimension = null)
    {
        var examples = FixtureExamples.Index(pack, fixtures);
        return [.. pack.Criteria
            .Where(c => (paper is null || c.Paper == paper) && (dimension is null || c.Dimension == dimension))
            .GroupBy(c => c.Paper, StringComparer.Ordinal)
            .Where(g => pack.Papers.ContainsKey(g.Key))
            .Select(g => new CataloguePaper(pack.Papers[g.Key],
                [.. g.Select(c => new CatalogueEntry(c, Findings.Citation(c, pack), FixtureExamples.For(examples, c)))]))];
    }

    /// <summary>
    /// The paper a user means by <paramref name="typed"/>: its key (<c>erman-furendal-2024</c>), the start of one
    /// (<c>erman</c>), or the prefix of its criterion ids (<c>EF</c>), in any case. Null with the candidates when it
    /// names none, or more than one.
    /// </summary>
    public static (string? Key, IReadOnlyList<string> Candidates) FindPaper(RulePack pack, string typed)
    {
        var keys = pack.Papers.Keys.Order(StringComparer.Ordinal).ToList();
        if (keys.FirstOrDefault(k => string.Equals(k, typed, StringComparison.OrdinalIgnoreCase)) is { } exact)
        {
            return (exact, [exact]);
        }
        var matches = keys.Where(k => typed.Length > 0 && (k.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
            || pack.Criteria.Any(c => c.Paper == k && c.Id.StartsWith(typed + "-", StringComparison.OrdinalIgnoreCase)))).ToList();
        return matches.Count == 1 ? (matches[0], matches) : (null, matches.Count > 1 ? matches : keys);
    }
}
