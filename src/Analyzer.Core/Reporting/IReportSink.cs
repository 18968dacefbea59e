using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>
/// One output of a batch: it begins with the pack, takes each scored proposal in input order, and ends. A new
/// format is one new sink. A sink holds what it must to write as it goes, not the batch.
/// </summary>
public interface IReportSink : IDisposable
{
    void Begin(RulePack pack, int files);

    void Add(ProposalScore score);

    /// <summary>The batch is complete: finish the output (rename a file into place, print a table).</summary>
    void Finish(BatchTotals totals);
}

/// <summary>How a batch went: proposals assessed, files skipped, and problems by severity.</summary>
public sealed record BatchTotals(int Files, int Assessed, int Skipped, int Errors, int Warnings);
