namespace Analyzer.Core.Reporting;

/// <summary>The formats of a summary file, chosen by its extension: <c>.parquet</c>, <c>.jsonl</c> (or <c>.ndjson</c>), else CSV.</summary>
public enum SummaryFormat
{
    Csv,
    Parquet,
    JsonLines,
}

public static class SummaryFormats
{
    public static SummaryFormat Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".parquet" => SummaryFormat.Parquet,
        ".jsonl" or ".ndjson" => SummaryFormat.JsonLines,
        _ => SummaryFormat.Csv,
    };

    /// <summary>The sink that writes the summary to <paramref name="path"/> in the format its extension names.</summary>
    public static IReportSink SinkFor(string path, CsvDialect dialect) => Of(path) switch
    {
        SummaryFormat.Parquet => new SummaryParquetSink(path),
        SummaryFormat.JsonLines => new SummaryJsonLinesSink(path),
        _ => new SummaryCsvSink(path, dialect),
    };
}
