using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>The summary as an aligned plain-text table, for reading in a terminal.</summary>
public static class SummaryTableWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ProposalScore> scores)
    {
        if (scores.Count == 0)
        {
            return;
        }
        string[] header = ["proposal", "legitimacy", "feasibility", "ef_mode", "ho_model", "questions"];
        var rows = scores.Select(s =>
        {
            var summary = ReportRows.Summary(s);
            string Column(string name) => summary[Array.IndexOf(ReportColumns.Summary, name)];
            return new[]
            {
                Column("proposal_id"), Dimension(s.Legitimacy), Dimension(s.Feasibility),
                Column("ef_mode"), Column("ho_model"), Column("questions"),
            };
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(header, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private static string Dimension(DimensionScore d) =>
        d.Score is null ? d.Verdict : $"{ReportRows.Score(d.Score)} [{ReportRows.Score(d.Low)}-{ReportRows.Score(d.High)}] {d.Verdict}";

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
