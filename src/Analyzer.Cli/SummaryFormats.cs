using Analyzer.Core.Reporting;

namespace Analyzer.Cli;

/// <summary>
/// The one place where the summary's format is chosen from the file name <c>--summary</c> gives. Only CSV is written
/// here; a new format (Parquet for <c>.parquet</c>) is one more case, and every command that writes a summary gains it.
/// </summary>
internal static class SummaryFormats
{
    public static IReportSink Sink(string path, CsvDialect dialect) => new SummaryCsvSink(path, dialect);
}
