using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Sensitivity;

/// <summary>
/// A sink of the batch pipeline that keeps each assessed proposal's outcomes, in input order, for
/// <see cref="SensitivityAnalysis"/>. Any input the pipeline runs (files, or a sweep's variants) reaches it the
/// same way, with the batch's design factors.
/// </summary>
public sealed class OutcomeCollector : IReportSink
{
    private readonly List<AssessedProposal> _proposals = [];

    public IReadOnlyList<AssessedProposal> Proposals => _proposals;

    /// <summary>The names of the sweep's design factors (none for files), the leading columns of the report.</summary>
    public IReadOnlyList<string> Factors { get; private set; } = [];

    public void Begin(RulePack pack, BatchShape shape) => Factors = shape.Factors;

    public void Add(ProposalScore score) => _proposals.Add(AssessedProposal.Of(score.Assessment));

    public void Finish(BatchTotals totals)
    {
    }

    public void Dispose()
    {
    }
}
