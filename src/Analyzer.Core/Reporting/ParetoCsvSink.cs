using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;
using Analyzer.Core.Sweeps;
using CsvHelper;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The frontier of a sweep as CSV (<c>--pareto</c>): a leading <c>frontier</c> column, then the summary's columns.
/// First the variants no other beats on both legitimacy and feasibility, among those that fail no necessary criterion
/// (<c>frontier</c>); then, apart, those with a dimension undetermined (<c>undetermined</c>), which cannot be compared.
/// Each part is in variant order. Memory holds the frontier only: the undetermined rows wait in a temporary file
/// beside the report, since they are written after a frontier that is known only at the end.
/// </summary>
public sealed class ParetoCsvSink(string path, CsvDialect? dialect = null) : IReportSink
{
    public const string FrontierValue = "frontier";
    public const string UndeterminedValue = "undetermined";

    private readonly CsvDialect _dialect = dialect ?? CsvDialect.Standard;
    private readonly Frontier<string[]> _frontier = new();
    private IReadOnlyList<string> _header = [];
    private AtomicFile? _file;
    private AtomicFile? _apart;
    private CsvWriter? _apartCsv;
    private long _order;

    public string Path => path;

    /// <summary>The column that says where a row stands; a dimension cannot take its name.</summary>
    public static string Column => "frontier";

    public void Begin(RulePack pack, BatchShape shape)
    {
        _header = [Column, .. SummaryColumns.For(pack, shape.Factors)];
        _file = new AtomicFile(path);
        // A second partial file beside the report, never committed: deleted when disposed, like any partial report.
        _apart = new AtomicFile(path);
        _apartCsv = CsvWriter.Create(_apart.Stream, CsvReportWriter.Options with { Separator = _dialect.Separator, WriteByteOrderMark = false }, leaveOpen: true);
    }

    public void Add(ProposalScore score)
    {
        var order = _order++;
        switch (FrontierClass.Of(score))
        {
            case FrontierStanding.Candidate:
                FrontierClass.Offer(_frontier, score, order, s => ReportRows.Summary(s, _dialect));
                break;
            case FrontierStanding.Undetermined:
                var row = ReportRows.Summary(score, _dialect);
                _file!.Guarded(() =>
                {
                    _apartCsv!.WriteRecord([UndeterminedValue, .. row]);
                    return true;
                });
                break;
        }
    }

    public void Finish(BatchTotals totals) => _file!.Guarded(() =>
    {
        using (var csv = CsvWriter.Create(_file.Stream, CsvReportWriter.Options with { Separator = _dialect.Separator }, leaveOpen: true))
        {
            csv.WriteHeader([.. _header]);
            foreach (var row in _frontier.Members())
            {
                csv.WriteRecord([FrontierValue, .. row]);
            }
            csv.Flush();
        }
        _apartCsv!.Flush();
        _apartCsv.Dispose();
        _apartCsv = null;
        _apart!.Stream.Dispose();
        // The undetermined rows, read back from the start of their partial file and appended after the frontier.
        using (var apart = new FileStream(_apart!.TemporaryPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            apart.CopyTo(_file.Stream);
        }
        _file.Commit();
        return true;
    });

    public void Dispose()
    {
        _apartCsv?.Dispose();
        _apart?.Dispose();
        _file?.Dispose();
    }
}
