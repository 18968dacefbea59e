using System.Globalization;
using Analyzer.Core.Scoring;

namespace Analyzer.Cli;

/// <summary>The user's --fail-* thresholds, and the proposals that cross them.</summary>
public sealed record Thresholds(double? MinLegitimacy, double? MinFeasibility, bool FailOnNecessary)
{
    public IEnumerable<string> Crossed(IEnumerable<ProposalScore> scores)
    {
        foreach (var s in scores)
        {
            var id = s.Assessment.Proposal.Id;
            if (MinLegitimacy is { } l && s.Legitimacy.Score < l)
            {
                yield return Line($"{id}: legitimacy {s.Legitimacy.Score:0.0} is under --fail-under-legitimacy {l}.");
            }
            if (MinFeasibility is { } f && s.Feasibility.Score < f)
            {
                yield return Line($"{id}: feasibility {s.Feasibility.Score:0.0} is under --fail-under-feasibility {f}.");
            }
            if (FailOnNecessary && (s.Legitimacy.Verdict == Scorer.FailsNecessary || s.Feasibility.Verdict == Scorer.FailsNecessary))
            {
                yield return $"{id}: fails a necessary criterion (--fail-on-necessary).";
            }
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
