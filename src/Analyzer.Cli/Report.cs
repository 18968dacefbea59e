using Analyzer.Core.Evaluation;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Cli;

/// <summary>Sends a batch's results where the user asked: CSV files, or a readable table on stdout.</summary>
public sealed class Report(RulePack pack, BatchResult batch, Language language)
{
    public void Write(string? detailPath, string? summaryPath, TextWriter stdout)
    {
        if (detailPath is not null)
        {
            CsvReportWriter.WriteFile(detailPath, ReportColumns.Detail, ReportRows.Detail(batch.Scores, pack, language));
            stdout.WriteLine($"wrote {detailPath}");
        }
        if (summaryPath is not null)
        {
            CsvReportWriter.WriteFile(summaryPath, ReportColumns.Summary, batch.Scores.Select(ReportRows.Summary));
            stdout.WriteLine($"wrote {summaryPath}");
        }
        if (detailPath is null && summaryPath is null)
        {
            SummaryTableWriter.Write(stdout, batch.Scores);
        }
    }
}
