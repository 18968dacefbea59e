using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>The summary report: one CSV row per proposal, streamed.</summary>
public sealed class SummaryCsvSink(string path, CsvDialect? dialect = null) : IReportSink
{
    private readonly CsvDialect _dialect = dialect ?? CsvDialect.Standard;
    private CsvReportWriter? _writer;

    public string Path => path;

    public void Begin(RulePack pack, BatchShape shape) =>
        _writer = new CsvReportWriter(path, SummaryColumns.For(pack, shape.Factors), _dialect.Separator);

    public void Add(ProposalScore score) => _writer!.WriteRow(ReportRows.Summary(score, _dialect));

    public void Finish(BatchTotals totals) => _writer!.Commit();

    public void Dispose() => _writer?.Dispose();
}
