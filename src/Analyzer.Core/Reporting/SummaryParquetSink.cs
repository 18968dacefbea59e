using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>The summary report as Parquet (<c>--summary x.parquet</c>), streamed a row group at a time, written whole or not at all.</summary>
public sealed class SummaryParquetSink(string path, int rowsPerGroup = SummaryParquetWriter.DefaultRowsPerGroup) : IReportSink
{
    private AtomicFile? _file;
    private SummaryParquetWriter? _writer;

    public string Path => path;

    public void Begin(RulePack pack, BatchShape shape)
    {
        _file = new AtomicFile(path);
        _writer = _file.Guarded(() => SummaryParquetWriter.Create(_file.Stream, SummaryFields.For(pack, shape.Factors), rowsPerGroup));
    }

    public void Add(ProposalScore score) => _file!.Guarded(() =>
    {
        _writer!.Add(SummaryFields.Values(score));
        return true;
    });

    public void Finish(BatchTotals totals)
    {
        _file!.Guarded(() =>
        {
            _writer!.Complete();
            return true;
        });
        _file.Commit();
    }

    public void Dispose() => _file?.Dispose();
}
