using System.Buffers;
using System.Text;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The summary as JSON Lines (<c>--summary x.jsonl</c>, or <c>--format jsonl</c> on stdout): one object per proposal,
/// streamed. To a file it is written whole or not at all (<see cref="AtomicFile"/>); to a writer (stdout), line by line.
/// </summary>
public sealed class SummaryJsonLinesSink : IReportSink
{
    private readonly AtomicFile? _file;
    private readonly TextWriter? _output;
    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private IReadOnlyList<SummaryField> _fields = [];

    public SummaryJsonLinesSink(string path) => _file = new AtomicFile(path);

    public SummaryJsonLinesSink(TextWriter output) => _output = output;

    public void Begin(RulePack pack, BatchShape shape) => _fields = SummaryFields.For(pack, shape.Factors);

    public void Add(ProposalScore score)
    {
        _line.ResetWrittenCount();
        SummaryJsonLines.Write(_line, _fields, SummaryFields.Values(score));
        if (_file is not null)
        {
            _file.Guarded(() =>
            {
                _file.Stream.Write(_line.WrittenSpan);
                return true;
            });
        }
        else
        {
            _output!.Write(Encoding.UTF8.GetString(_line.WrittenSpan));
        }
    }

    public void Finish(BatchTotals totals)
    {
        if (_file is null)
        {
            _output!.Flush();
            return;
        }
        _file.Commit();
    }

    public void Dispose() => _file?.Dispose();
}
