using Analyzer.Tests.Cli;

namespace Analyzer.Tests.Reporting;

/// <summary>The examples' summary written once in each format (CSV, Parquet, JSON Lines), shared by the round-trip tests.</summary>
public sealed class SummaryFormatsFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SummaryFormatsFixture()
    {
        foreach (var name in new[] { Csv, Parquet, JsonLines })
        {
            InProcess.Run("assess", Repo.Proposals, "--quiet", "--summary", name);
        }
        Rows = CsvRows.Read(Csv);
    }

    public string Csv => _folder["summary.csv"];

    public string Parquet => _folder["summary.parquet"];

    public string JsonLines => _folder["summary.jsonl"];

    /// <summary>The CSV summary: header, then one row of text cells per proposal.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    public void Dispose() => _folder.Dispose();
}
