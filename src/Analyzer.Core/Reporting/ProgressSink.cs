using System.Globalization;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Progress on stderr while a batch runs: on a terminal a bar redrawn in place, otherwise (a log, a CI job) a
/// one-line count every few seconds, so long runs show they are alive without flooding the log.
/// </summary>
public sealed class ProgressSink(TextWriter error, bool terminal, TimeProvider clock) : IReportSink
{
    private static readonly TimeSpan BarInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);
    private const int BarWidth = 30;

    private int _files;
    private int _done;
    private long _last;

    public void Begin(RulePack pack, BatchShape shape)
    {
        _files = shape.Inputs;
        _last = clock.GetTimestamp();
    }

    public void Add(ProposalScore score)
    {
        _done++;
        var now = clock.GetTimestamp();
        if (clock.GetElapsedTime(_last, now) >= (terminal ? BarInterval : LineInterval))
        {
            _last = now;
            Report();
        }
    }

    public void Finish(BatchTotals totals)
    {
        if (terminal && _files > 0)
        {
            Report();
            error.WriteLine();
        }
    }

    public void Dispose()
    {
    }

    private void Report()
    {
        var share = _files == 0 ? 1.0 : (double)_done / _files;
        if (terminal)
        {
            var filled = (int)(share * BarWidth);
            error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {_done}/{_files} proposal(s)"));
        }
        else
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"assessed {_done} of {_files} file(s) ({Math.Round(share * 100)}%)..."));
        }
        error.Flush();
    }
}
