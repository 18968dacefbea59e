using Analyzer.Core.Diagnostics;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The summary as an aligned plain-text table for a terminal: the proposal, both dimensions and the pack's
/// classification columns, then the open questions. Aligning needs every row, so this sink keeps its text rows
/// (a few hundred bytes each); batches too large to read on screen belong in the CSV.
/// </summary>
public sealed class SummaryTableSink(TextWriter output) : IReportSink
{
    private readonly List<string[]> _rows = [];
    private string[] _header = [];

    public void Begin(RulePack pack, int files) =>
        _header = ["proposal", "legitimacy", "feasibility", .. SummaryColumns.Classifications(pack).Select(c => c.Column!), "questions"];

    public void Add(ProposalScore score) => _rows.Add(
    [
        score.Assessment.Proposal.Id!, Dimension(score.Legitimacy), Dimension(score.Feasibility),
        .. score.Classifications.Select(c => Cell(c.Value)), score.Questions.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ]);

    public void Finish(BatchTotals totals)
    {
        if (_rows.Count == 0)
        {
            return;
        }
        var widths = _header.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(_header, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    public void Dispose()
    {
    }

    private static string Dimension(DimensionScore d) => d.Score is null
        ? Kebab.Name(d.Verdict)
        : $"{ReportRows.Score(d.Score)} [{ReportRows.Score(d.Low)}-{ReportRows.Score(d.High)}] {Kebab.Name(d.Verdict)}";

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();

    /// <summary>A label can carry a proposal's own text; a terminal gets it escaped, never raw control characters.</summary>
    private static string Cell(string text) => Printable.Escape(text);
}
