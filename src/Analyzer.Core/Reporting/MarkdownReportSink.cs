using System.Text;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>
/// The Markdown report, streamed: a header, then one section per proposal as it is scored. To a file, it is written
/// whole or not at all (<see cref="AtomicFile"/>); to a writer (stdout), it goes as it comes.
/// </summary>
public sealed class MarkdownReportSink : IReportSink
{
    private readonly Language _language;
    private readonly AtomicFile? _file;
    private readonly TextWriter _output;
    private MarkdownReport? _report;

    public MarkdownReportSink(TextWriter output, Language language)
    {
        _output = output;
        _language = language;
    }

    public MarkdownReportSink(string path, Language language)
    {
        _language = language;
        _file = new AtomicFile(path);
        _output = new StreamWriter(_file.Stream, new UTF8Encoding(false), 65536, leaveOpen: true) { NewLine = "\n" };
    }

    public void Begin(RulePack pack, BatchShape shape)
    {
        _report = new MarkdownReport(pack, _language);
        Write(_report.Header());
    }

    public void Add(ProposalScore score) => Write(_report!.Section(score));

    public void Finish(BatchTotals totals)
    {
        if (_file is null)
        {
            _output.Flush();
            return;
        }
        _file.Guarded(() =>
        {
            _output.Dispose(); // flushes into the still open temporary file (leaveOpen), which Commit then closes
            return true;
        });
        _file.Commit();
    }

    public void Dispose()
    {
        if (_file is not null)
        {
            _file.Dispose(); // an uncommitted report is deleted; the writer holds nothing worth flushing
        }
    }

    // To stdout the text goes as it is; to a file, a failure to write names the report.
    private void Write(string text)
    {
        if (_file is null)
        {
            _output.Write(text);
            return;
        }
        _file.Guarded(() =>
        {
            _output.Write(text);
            return true;
        });
    }
}
