using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>The detail report: one CSV row per proposal and criterion, streamed.</summary>
public sealed class DetailCsvSink(string path, Language language, CsvDialect? dialect = null) : IReportSink
{
    private CsvReportWriter? _writer;
    private RulePack? _pack;

    public string Path => path;

    public void Begin(RulePack pack, BatchShape shape)
    {
        _pack = pack;
        _writer = new CsvReportWriter(path, ReportColumns.Detail, (dialect ?? CsvDialect.Standard).Separator);
    }

    public void Add(ProposalScore score)
    {
        foreach (var row in ReportRows.Detail(score, _pack!, language))
        {
            _writer!.WriteRow(row);
        }
    }

    public void Finish(BatchTotals totals) => _writer!.Commit();

    public void Dispose() => _writer?.Dispose();
}
