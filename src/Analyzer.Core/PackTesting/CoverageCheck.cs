using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.PackTesting;

/// <summary>
/// Which scored criteria the fixtures exercise both ways: a criterion never met, or never not-met, across the
/// fixtures' proposals has a half that no example shows a teacher and no test would catch breaking.
/// </summary>
public static class CoverageCheck
{
    public static IReadOnlyList<string> Uncovered(RulePack pack, IEnumerable<ProposalScore> scores)
    {
        var outcomes = scores.SelectMany(s => s.Assessment.Results)
            .GroupBy(r => r.Criterion.Id)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Outcome).ToHashSet(), StringComparer.Ordinal);
        var uncovered = new List<string>();
        foreach (var c in pack.Criteria.Where(c => c.IsScored))
        {
            var seen = outcomes.GetValueOrDefault(c.Id) ?? [];
            var lacking = new[] { Outcome.Met, Outcome.NotMet }.Where(o => !seen.Contains(o)).ToList();
            if (lacking.Count > 0)
            {
                uncovered.Add($"{c.Id}: never {string.Join(" or ", lacking.Select(Kebab.Name))} in the fixtures");
            }
        }
        return uncovered;
    }
}
