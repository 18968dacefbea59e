using System.Globalization;
using Analyzer.Core.Diagnostics;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The summary as an aligned plain-text table for a terminal: the proposal, both dimensions and the pack's
/// classification columns, then the number of open questions, which <c>questions</c> lists under each proposal.
/// Aligning needs every row, so this sink keeps its text rows (a few hundred bytes each); batches too large to read
/// on screen belong in the CSV.
/// </summary>
public sealed class SummaryTableSink(TextWriter output, Language language = Language.En, bool questions = false) : IReportSink
{
    private readonly ReportText _text = ReportText.For(language);
    private readonly List<(string[] Cells, string[] Questions)> _rows = [];
    private string[] _header = [];

    public void Begin(RulePack pack, BatchShape shape) => _header =
    [
        _text.Proposal, _text.Legitimacy, _text.Feasibility,
        .. SummaryColumns.Classifications(pack).Select(c => ReportText.ColumnHeading(c, language)), _text.Questions,
    ];

    public void Add(ProposalScore score) => _rows.Add((
        [
            Cell(score.Assessment.Proposal.Id!), Dimension(score.Legitimacy), Dimension(score.Feasibility),
            .. score.Classifications.Select(c => Cell(c.Value)), score.Questions.ToString(CultureInfo.InvariantCulture),
        ],
        questions ? OpenQuestions(score) : []));

    public void Finish(BatchTotals totals)
    {
        if (_rows.Count == 0)
        {
            return;
        }
        var widths = _header.Select((h, i) => _rows.Select(r => TextWidth.Of(r.Cells[i])).Append(TextWidth.Of(h)).Max()).ToArray();
        output.WriteLine(Line(_header, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var (cells, open) in _rows)
        {
            output.WriteLine(Line(cells, widths));
            foreach (var question in open)
            {
                output.WriteLine(question);
            }
        }
    }

    public void Dispose()
    {
    }

    private string Dimension(DimensionScore d) => d.Score is null
        ? _text.Verdict(d.Verdict)
        : $"{ReportRows.Score(d.Score)} [{ReportRows.Score(d.Low)}-{ReportRows.Score(d.High)}] {_text.Verdict(d.Verdict)}";

    /// <summary>Numbered, indented under the proposal's row: each question, then the fields that would answer it.</summary>
    private string[] OpenQuestions(ProposalScore score) =>
    [
        .. score.Assessment.Results.Where(r => r.Outcome == Outcome.NotStated).Select((r, i) => string.Create(CultureInfo.InvariantCulture,
            $"    {i + 1}. {Cell(r.Criterion.Question.In(language))} [{r.Criterion.Id}: {Cell(string.Join(", ", r.MissingFields))}]")),
    ];

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => TextWidth.PadRight(c, widths[i]))).TrimEnd();

    /// <summary>A label or id can carry a proposal's own text; a terminal gets it escaped, never raw control characters.</summary>
    private static string Cell(string text) => Printable.Escape(text);
}
