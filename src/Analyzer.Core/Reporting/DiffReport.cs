using System.Globalization;
using Analyzer.Core.Comparison;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>A <see cref="DraftDiff"/> as a console table (in English or Chinese) or as CSV rows (for scripts, always English).</summary>
public static class DiffReport
{
    public static readonly string[] CsvColumns = ["kind", "id", "before", "after", "change", "finding_before", "finding_after"];

    public static void WriteTable(TextWriter output, DraftDiff diff, Language language)
    {
        var t = ReportText.For(language);
        var colon = language == Language.Zh ? "：" : ": ";
        output.WriteLine($"{t.Before}{colon}{Printable.Escape(diff.Before.Assessment.File.Path)} ({Printable.Escape(diff.Before.Assessment.Proposal.Id!)})");
        output.WriteLine($"{t.After}{colon}{Printable.Escape(diff.After.Assessment.File.Path)} ({Printable.Escape(diff.After.Assessment.Proposal.Id!)})");
        output.WriteLine();
        TextTable.Write(output, [t.DimensionHeading, t.Before, t.After, t.Change],
            [.. diff.Dimensions.Select(d => new[] { t.Dimension(d.Dimension), Dimension(d.Before, t), Dimension(d.After, t), Change(d, t) })]);
        output.WriteLine();
        TextTable.Write(output, [t.Classification, t.Before, t.After],
            [.. diff.Classifications.Select(c => new[] { ReportText.ColumnHeading(c.Criterion, language), c.Before, c.After })]);
        output.WriteLine();
        if (diff.Criteria.Count == 0)
        {
            output.WriteLine(t.NoCriterionChanged);
            return;
        }
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, t.ChangedCriteria, diff.Criteria.Count));
        output.WriteLine();
        TextTable.Write(output, [t.Criterion, t.DimensionHeading, t.Before, t.After, t.Points, t.Finding],
            [.. diff.Criteria.Select(c => new[]
            {
                c.Criterion.Id, c.Criterion.IsScored ? t.Dimension(c.Criterion.Dimension) : t.Classification,
                t.Outcomes[c.Before.Outcome], t.Outcomes[c.After.Outcome], Signed(c.PointsDelta), Findings.Finding(c.After, language),
            })]);
    }

    /// <summary>Deltas are plain numbers (no '+', which a spreadsheet would read as a formula and the CSV would escape).</summary>
    public static IEnumerable<string[]> CsvRows(DraftDiff diff, Language language, CsvDialect dialect)
    {
        foreach (var d in diff.Dimensions)
        {
            var name = Kebab.Name(d.Dimension);
            yield return ["score", name, dialect.Score(d.Before.Score), dialect.Score(d.After.Score), dialect.Score(Zero(d.ScoreDelta)), "", ""];
            yield return ["low", name, dialect.Score(d.Before.Low), dialect.Score(d.After.Low), dialect.Score(Zero(Delta(d.Before.Low, d.After.Low))), "", ""];
            yield return ["high", name, dialect.Score(d.Before.High), dialect.Score(d.After.High), dialect.Score(Zero(Delta(d.Before.High, d.After.High))), "", ""];
            yield return ["verdict", name, Kebab.Name(d.Before.Verdict), Kebab.Name(d.After.Verdict), d.IsWorse ? "worse" : d.IsBetter ? "better" : "", "", ""];
        }
        foreach (var c in diff.Classifications)
        {
            yield return ["classification", c.Column, c.Before, c.After, c.Changed ? "changed" : "", "", ""];
        }
        foreach (var c in diff.Criteria)
        {
            yield return
            [
                "criterion", c.Criterion.Id, Kebab.Name(c.Before.Outcome), Kebab.Name(c.After.Outcome), c.PointsDelta?.ToString(CultureInfo.InvariantCulture) ?? "",
                Findings.Finding(c.Before, language), Findings.Finding(c.After, language),
            ];
        }
    }

    private static string Dimension(DimensionScore d, ReportText t) => d.Score is null
        ? t.Verdict(d.Verdict)
        : $"{ReportRows.Score(d.Score)} [{ReportRows.Score(d.Low)}-{ReportRows.Score(d.High)}] {t.Verdict(d.Verdict)}";

    private static string Change(DimensionChange d, ReportText t)
    {
        var word = d.IsWorse ? t.Worse : d.IsBetter ? t.Better : "";
        return string.Join(" ", new[] { Signed(d.ScoreDelta), word }.Where(s => s.Length > 0));
    }

    private static double? Zero(double? value) => value == 0 ? 0.0 : value; // never "-0.0"

    private static double? Delta(double? before, double? after) =>
        before is { } b && after is { } a ? Math.Round(a - b, 1, MidpointRounding.AwayFromZero) : null;

    private static string Signed(double? value) => value switch
    {
        null => "",
        0 => "0.0", // never "-0.0"
        > 0 => "+" + value.Value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.0", CultureInfo.InvariantCulture),
    };

    private static string Signed(int? value) => value switch
    {
        null => "",
        > 0 => "+" + value.Value.ToString(CultureInfo.InvariantCulture),
        _ => value.Value.ToString(CultureInfo.InvariantCulture),
    };
}
