using System.Globalization;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;
using Analyzer.Core.Sweeps;

namespace Analyzer.Core.Reporting;

/// <summary>
/// What <c>sweep</c> shows on stdout: a line saying what the frontier is, then its variants as an aligned table (the
/// dimensions' values, the id, both dimensions). It counts where every variant stands, for the line that ends the run,
/// and keeps the frontier only, so a sweep of millions prints in bounded memory. With no writer it only counts.
/// </summary>
public sealed class FrontierTableSink(TextWriter? output, Language language = Language.En) : IReportSink
{
    private readonly ReportText _text = ReportText.For(language);
    private readonly Frontier<string[]> _frontier = new();
    private string[] _header = [];
    private int _undetermined;
    private int _failsNecessary;
    private long _order;

    public FrontierCounts Counts => new(_frontier.Count, _undetermined, _failsNecessary);

    public void Begin(RulePack pack, BatchShape shape) =>
        _header = [.. shape.Factors, _text.Proposal, _text.Legitimacy, _text.Feasibility];

    public void Add(ProposalScore score)
    {
        var order = _order++;
        switch (FrontierClass.Of(score))
        {
            case FrontierStanding.Candidate:
                FrontierClass.Offer(_frontier, score, order, s =>
                    [.. s.Assessment.File.Factors.Select(Printable.Escape), Printable.Escape(s.Assessment.Proposal.Id!),
                        Dimension(s.Legitimacy), Dimension(s.Feasibility)]);
                break;
            case FrontierStanding.Undetermined:
                _undetermined++;
                break;
            default:
                _failsNecessary++;
                break;
        }
    }

    public void Finish(BatchTotals totals)
    {
        if (output is null)
        {
            return;
        }
        var rows = _frontier.Members();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, SweepText.FrontierTitle(language), rows.Count, totals.Assessed));
        if (rows.Count == 0)
        {
            return;
        }
        var widths = _header.Select((h, i) => rows.Select(r => TextWidth.Of(r[i])).Append(TextWidth.Of(h)).Max()).ToArray();
        output.WriteLine(Line(_header, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    public void Dispose()
    {
    }

    private string Dimension(DimensionScore d) =>
        $"{ReportRows.Score(d.Score)} [{ReportRows.Score(d.Low)}-{ReportRows.Score(d.High)}] {_text.Verdict(d.Verdict)}";

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => TextWidth.PadRight(c, widths[i]))).TrimEnd();
}
