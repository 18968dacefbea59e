using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Explaining;

/// <summary>
/// How each paper classifies the proposal, read from the pack rather than named in code: a paper's classification is
/// the criterion that fills a summary column (Erman and Furendal's mode, Ho et al.'s model, Veale et al.'s modalities);
/// a paper with none is classed by its scored criteria that carry a label (the pathway Roberts et al. judge, twice).
/// </summary>
internal static class PaperClassifications
{
    public static IReadOnlyList<PaperClassification> Of(Assessment assessment, RulePack pack)
    {
        var classifications = new List<PaperClassification>();
        foreach (var paper in assessment.Results.Select(r => r.Criterion.Paper).Distinct(StringComparer.Ordinal))
        {
            if (!pack.Papers.TryGetValue(paper, out var reference))
            {
                continue;
            }
            var own = assessment.Results.Where(r => r.Criterion.Paper == paper).ToList();
            var columns = own.Where(r => r.Criterion.Column is not null).ToList();
            var results = columns.Count > 0 ? columns : own.Where(r => r.Criterion.IsScored && r.Criterion.Label is not null).ToList();
            if (results.Count == 0)
            {
                continue;
            }
            var labels = results.Select(r => r.Label).OfType<string>().Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var label = labels.Count > 0 ? string.Join(" / ", labels) : null;
            var outside = label?.Contains(Facts.ErmanFurendalClassifier.OutsideFramework, StringComparison.Ordinal) == true
                ? assessment.Facts.OutsideFramework : null;
            classifications.Add(new PaperClassification(reference, results, label, outside));
        }
        return classifications;
    }
}
