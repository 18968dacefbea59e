using Analyzer.Core.Diagnostics;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Cli;

/// <summary>Sends a batch's results where the user asked: CSV files, or a readable table on stdout.</summary>
public sealed class Report(RulePack pack, BatchResult batch, Language language)
{
    /// <summary>Writes the reports; returns the problem when a file cannot be written (a missing folder, no permission).</summary>
    public Diagnostic? Write(string? detailPath, string? summaryPath, TextWriter stdout)
    {
        var target = detailPath;
        try
        {
            if (detailPath is not null)
            {
                CsvReportWriter.WriteFile(detailPath, ReportColumns.Detail, ReportRows.Detail(batch.Scores, pack, language));
                stdout.WriteLine($"wrote {detailPath}");
            }
            target = summaryPath;
            if (summaryPath is not null)
            {
                CsvReportWriter.WriteFile(summaryPath, ReportColumns.Summary, batch.Scores.Select(ReportRows.Summary));
                stdout.WriteLine($"wrote {summaryPath}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Problems.CannotWrite(target!, e.Message); // target is the path being written when it failed
        }
        if (detailPath is null && summaryPath is null)
        {
            SummaryTableWriter.Write(stdout, batch.Scores);
        }
        return null;
    }
}
