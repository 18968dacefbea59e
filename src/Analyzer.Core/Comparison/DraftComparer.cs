using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Comparison;

/// <summary>Compares two scored drafts criterion by criterion; both were scored by the same pack, so results align by position.</summary>
public static class DraftComparer
{
    public static DraftDiff Compare(ProposalScore before, ProposalScore after)
    {
        var columns = before.Assessment.Results.Where(r => r.Criterion.Column is not null).Select(r => r.Criterion).ToList();
        return new DraftDiff
        {
            Before = before,
            After = after,
            Dimensions =
            [
                new DimensionChange(Dimension.Legitimacy, before.Legitimacy, after.Legitimacy),
                new DimensionChange(Dimension.Feasibility, before.Feasibility, after.Feasibility),
            ],
            Classifications = [.. before.Classifications.Zip(after.Classifications, columns)
                .Select(t => new ClassificationChange(t.First.Column, t.Third, t.First.Value, t.Second.Value))],
            Criteria = [.. before.Assessment.Results.Zip(after.Assessment.Results)
                .Where(p => p.First.Outcome != p.Second.Outcome || !string.Equals(p.First.Label, p.Second.Label, StringComparison.Ordinal))
                .Select(p => new CriterionChange(p.First, p.Second))],
        };
    }
}
