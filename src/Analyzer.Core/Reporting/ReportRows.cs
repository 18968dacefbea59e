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

    public static string[] Summary(ProposalScore s, CsvDialect dialect)
    {
        var a = s.Assessment;
        return
        [
            .. a.File.Factors,
            a.Proposal.Id!, a.File.Path, a.Proposal.Title!,
            dialect.Score(s.Legitimacy.Score), dialect.Score(s.Legitimacy.Low), dialect.Score(s.Legitimacy.High), Kebab.Name(s.Legitimacy.Verdict),
            dialect.Score(s.Feasibility.Score), dialect.Score(s.Feasibility.Low), dialect.Score(s.Feasibility.High), Kebab.Name(s.Feasibility.Verdict),
            .. s.Classifications.Select(c => c.Value),
            Number(s.Counts[Outcome.Met]), Number(s.Counts[Outcome.NotMet]), Number(s.Counts[Outcome.NotStated]),
            Number(s.Counts[Outcome.NotApplicable]), Number(s.Counts[Outcome.Error]), Number(s.Questions),
        ];
    }

    public static string Score(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";

    private static string Points(CriterionResult r) =>
        !r.Criterion.IsScored || r.Outcome is Outcome.NotApplicable or Outcome.Error ? ""
        : Number(r.Outcome == Outcome.Met ? r.Criterion.Weight : 0);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
