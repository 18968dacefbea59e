using System.Globalization;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Cli;

/// <summary>The user's --fail-* thresholds, checked as each proposal is scored; keeps only the lines that cross one.</summary>
public sealed class ThresholdSink(double? minLegitimacy, double? minFeasibility, bool failOnNecessary) : IReportSink
{
    private readonly List<string> _crossed = [];

    public IReadOnlyList<string> Crossed => _crossed;

    public void Begin(RulePack pack, BatchShape shape)
    {
    }

    public void Add(ProposalScore score)
    {
        var id = score.Assessment.Proposal.Id;
        if (minLegitimacy is { } l && score.Legitimacy.Score < l)
        {
            _crossed.Add(Line($"{id}: legitimacy {score.Legitimacy.Score:0.0} is under --fail-under-legitimacy {l}."));
        }
        if (minFeasibility is { } f && score.Feasibility.Score < f)
        {
            _crossed.Add(Line($"{id}: feasibility {score.Feasibility.Score:0.0} is under --fail-under-feasibility {f}."));
        }
        if (failOnNecessary && (score.Legitimacy.Verdict == Verdict.FailsNecessary || score.Feasibility.Verdict == Verdict.FailsNecessary))
        {
            _crossed.Add($"{id}: fails a necessary criterion (--fail-on-necessary).");
        }
    }

    public void Finish(BatchTotals totals)
    {
    }

    public void Dispose()
    {
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
