using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Rules;

/// <summary>Checks on the pack as a whole: papers, scoring bands and unique criterion ids.</summary>
internal static class PackChecks
{
    public static Dictionary<string, PaperReference> Papers(string path, PapersDocument? document, List<Diagnostic> problems)
    {
        var papers = new Dictionary<string, PaperReference>(StringComparer.Ordinal);
        foreach (var paper in document?.Papers ?? [])
        {
            if (string.IsNullOrWhiteSpace(paper.Key) || string.IsNullOrWhiteSpace(paper.Citation)
                || string.IsNullOrWhiteSpace(paper.Title) || string.IsNullOrWhiteSpace(paper.Authors)
                || string.IsNullOrWhiteSpace(paper.Venue) || paper.Year <= 0)
            {
                problems.Add(Diagnostic.Error(path, $"paper '{paper.Key}' needs key, authors, title, venue, year and citation."));
            }
            else if (!papers.TryAdd(paper.Key, paper))
            {
                problems.Add(Diagnostic.Error(path, $"paper '{paper.Key}' is listed twice."));
            }
        }
        return papers;
    }

    public static IReadOnlyList<ScoringBand> Bands(string path, PackDocument? pack, List<Diagnostic> problems)
    {
        if (pack is null)
        {
            return [];
        }
        if (string.IsNullOrWhiteSpace(pack.Version))
        {
            problems.Add(Diagnostic.Error(path, "'version' is required."));
        }
        var bands = pack.Scoring?.Bands ?? [];
        var allowed = new[] { "strong", "moderate", "weak" };
        if (bands.Length == 0 || bands.Any(b => !allowed.Contains(b.Verdict) || b.Min is < 0 or > 100)
            || bands.Select(b => b.Verdict).Distinct().Count() != bands.Length || bands.Min(b => b.Min) != 0)
        {
            problems.Add(Diagnostic.Error(path,
                "'scoring.bands' must give each verdict strong, moderate, weak at most once with a minimum score from 0 to 100, the lowest at 0."));
            return [];
        }
        return [.. bands.OrderByDescending(b => b.Min)];
    }

    public static void UniqueIds(List<Criterion> criteria, List<Diagnostic> problems)
    {
        foreach (var group in criteria.GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var files = string.Join(", ", group.Select(c => c.File).Distinct());
            problems.Add(Diagnostic.Error(group.Last().File, $"rule '{group.Key}' is defined more than once ({files})."));
        }
    }
}
