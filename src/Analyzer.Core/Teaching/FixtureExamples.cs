using Analyzer.Core.PackTesting;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>
/// Reads the fixtures as a list of examples per criterion. An example is named by its proposal's file name without
/// the extension, which is its id for the shipped examples. Only what the fixtures expect counts, so the catalogue
/// shows what the papers say about each example, not merely what the engine concludes.
/// </summary>
public static class FixtureExamples
{
    public static IReadOnlyDictionary<string, CriterionExamples> Index(RulePack pack, IReadOnlyList<Fixture> fixtures)
    {
        var expectations = fixtures
            .SelectMany(f => f.Expect.Select(e => (Example: Path.GetFileNameWithoutExtension(f.Proposal), e.What, e.Is)))
            .ToList();
        var index = new Dictionary<string, CriterionExamples>(StringComparer.OrdinalIgnoreCase);
        foreach (var criterion in pack.Criteria)
        {
            string[] With(string what, string outcome) => [.. Sorted(expectations.Where(x =>
                string.Equals(x.What, what, StringComparison.OrdinalIgnoreCase) && x.Is == outcome).Select(x => x.Example))];
            var classified = criterion.Column is not { } column ? [] : expectations
                .Where(x => x.What == column)
                .GroupBy(x => x.Is, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ClassExamples(g.Key, [.. Sorted(g.Select(x => x.Example))]))
                .ToList();
            var examples = new CriterionExamples { Met = With(criterion.Id, "met"), NotMet = With(criterion.Id, "not-met"), Classified = classified };
            if (!examples.IsEmpty)
            {
                index[criterion.Id] = examples;
            }
        }
        return index;
    }

    public static CriterionExamples For(IReadOnlyDictionary<string, CriterionExamples> index, Criterion criterion) =>
        index.GetValueOrDefault(criterion.Id) ?? CriterionExamples.None;

    private static IEnumerable<string> Sorted(IEnumerable<string> examples) => examples.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
