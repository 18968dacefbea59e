using System.Globalization;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>Turns scored proposals into the text cells of the detail and summary reports (invariant culture).</summary>
public static class ReportRows
{
    public static IEnumerable<string[]> Detail(ProposalScore score, RulePack pack, Language language)
    {
        var a = score.Assessment;
        foreach (var r in a.Results)
        {
            var c = r.Criterion;
            yield return
            [
                a.Proposal.Id!, a.File.Path, c.Id, c.Paper, Kebab.Name(c.Dimension), Kebab.Name(c.Necessity), Number(c.Weight),
                Kebab.Name(r.Outcome), Points(r), Findings.Finding(r, language), Findings.Remediation(r, language),
                string.Join("; ", r.MissingFields), Findings.Citation(c, pack), pack.Version, a.File.Sha256,
            ];
        }
    }

    /// <summary>A summary row as CSV text cells: <see cref="SummaryFields.Values"/>, formatted in the dialect.</summary>
    public static string[] Summary(ProposalScore s, CsvDialect dialect) => [.. SummaryFields.Values(s).Select(v => v.Format(dialect))];

    public static string Score(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";

    private static string Points(CriterionResult r) =>
        !r.Criterion.IsScored || r.Outcome is Outcome.NotApplicable or Outcome.Error ? ""
        : Number(r.Outcome == Outcome.Met ? r.Criterion.Weight : 0);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
