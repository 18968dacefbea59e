using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Sweeps;

/// <summary>Where a scored variant stands for the frontier.</summary>
public enum FrontierStanding
{
    /// <summary>Both dimensions scored and no necessary criterion failed: it competes for the frontier.</summary>
    Candidate,

    /// <summary>No necessary criterion failed, but a dimension is undetermined: listed apart, never compared.</summary>
    Undetermined,

    /// <summary>A necessary criterion is not met on a dimension: out of the frontier whatever its scores.</summary>
    FailsNecessary,
}

/// <summary>
/// How a proposal takes part in the frontier of legitimacy and feasibility. Scores are compared as the reports write
/// them, in tenths of a point, so the frontier can be checked from the summary CSV alone.
/// </summary>
public static class FrontierClass
{
    public static FrontierStanding Of(ProposalScore score) =>
        score.Legitimacy.Verdict == Verdict.FailsNecessary || score.Feasibility.Verdict == Verdict.FailsNecessary ? FrontierStanding.FailsNecessary
        : score.Legitimacy.Verdict == Verdict.Undetermined || score.Feasibility.Verdict == Verdict.Undetermined
            || score.Legitimacy.Score is null || score.Feasibility.Score is null ? FrontierStanding.Undetermined
        : FrontierStanding.Candidate;

    /// <summary>A score in tenths of a point, as written (the scorer rounds to one decimal already).</summary>
    public static int Tenths(double score) => (int)Math.Round(score * 10, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Offers a candidate to a frontier of legitimacy (x) against feasibility (y). Its row is made only when nothing on
    /// the frontier beats it already: most variants of a large sweep are beaten on arrival.
    /// </summary>
    public static void Offer<T>(Frontier<T> frontier, ProposalScore score, long order, Func<ProposalScore, T> item)
    {
        var (x, y) = (Tenths(score.Legitimacy.Score!.Value), Tenths(score.Feasibility.Score!.Value));
        if (!frontier.Beats(x, y))
        {
            frontier.Add(x, y, order, item(score));
        }
    }
}

/// <summary>How many of a sweep's variants stand where: the figures of the line that ends a sweep.</summary>
public sealed record FrontierCounts(int OnFrontier, int Undetermined, int FailsNecessary);
