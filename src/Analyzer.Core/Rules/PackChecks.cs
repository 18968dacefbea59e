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
            if (paper.Summary is not null)
            {
                var errors = new List<string>();
                CriterionMetadata.Text("summary", paper.Summary, errors);
                problems.AddRange(errors.Select(e => Diagnostic.Error(path, $"paper '{paper.Key}': {e}")));
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
        var bands = (pack.Scoring?.Bands ?? []).Select(b => (Kebab.TryParse<Verdict>(b.Verdict, out var v) ? v : (Verdict?)null, b.Min)).ToList();
        Verdict[] allowed = [Verdict.Strong, Verdict.Moderate, Verdict.Weak];
        if (bands.Count == 0 || bands.Any(b => b.Item1 is not { } v || !allowed.Contains(v) || b.Min is < 0 or > 100)
            || bands.Select(b => b.Item1).Distinct().Count() != bands.Count || bands.Min(b => b.Min) != 0)
        {
            problems.Add(Diagnostic.Error(path,
                "'scoring.bands' must give each verdict strong, moderate, weak at most once with a minimum score from 0 to 100, the lowest at 0."));
            return [];
        }
        return [.. bands.OrderByDescending(b => b.Min).Select(b => new ScoringBand(b.Item1!.Value, b.Min))];
    }

    /// <summary>Each summary column is filled by one classification and does not shadow a fixed column.</summary>
    public static void UniqueColumns(List<Criterion> criteria, IReadOnlyCollection<string> fixedColumns, List<Diagnostic> problems)
    {
        foreach (var group in criteria.Where(c => c.Column is not null).GroupBy(c => c.Column!, StringComparer.Ordinal))
        {
            if (group.Count() > 1 || fixedColumns.Contains(group.Key))
            {
                var rules = string.Join(", ", group.Select(c => c.Id));
                problems.Add(Diagnostic.Error(group.Last().File, $"summary column '{group.Key}' is filled by {rules}; a column must be new and filled by one classification."));
            }
        }
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
