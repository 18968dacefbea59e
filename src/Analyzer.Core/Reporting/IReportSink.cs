using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>
/// One output of a batch: it begins with the pack and the batch's shape, takes each scored proposal in input order,
/// and ends. A new format is one new sink. A sink holds what it must to write as it goes, not the batch.
/// </summary>
public interface IReportSink : IDisposable
{
    void Begin(RulePack pack, BatchShape shape);

    void Add(ProposalScore score);

    /// <summary>The batch is complete: finish the output (rename a file into place, print a table).</summary>
    void Finish(BatchTotals totals);
}

/// <summary>
/// What a sink knows before the first proposal: how many inputs the batch has, and the design factors a sweep
/// varies (one leading summary column each, filled from <see cref="Proposals.ProposalFile.Factors"/>; none for files).
/// </summary>
public sealed record BatchShape(int Inputs, IReadOnlyList<string> Factors)
{
    public static BatchShape Files(int count) => new(count, []);
}

/// <summary>How a batch went: proposals assessed, files skipped, and problems by severity.</summary>
public sealed record BatchTotals(int Files, int Assessed, int Skipped, int Errors, int Warnings);
