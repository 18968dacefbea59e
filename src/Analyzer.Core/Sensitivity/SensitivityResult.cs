using Analyzer.Core.Rules;

namespace Analyzer.Core.Sensitivity;

/// <summary>What a sensitivity analysis found, for the console summary and the CSV files.</summary>
public sealed record SensitivityResult
{
    public SensitivitySettings Settings { get; init; } = new(SensitivitySettings.DefaultSpread, SensitivitySettings.DefaultSamples, SensitivitySettings.DefaultSeed);

    /// <summary>The names of a sweep's design factors, the leading columns of the proposal report; none for files.</summary>
    public IReadOnlyList<string> Factors { get; init; } = [];

    public int Proposals { get; init; }

    /// <summary>One per proposal and dimension: proposals in input order, legitimacy before feasibility.</summary>
    public IReadOnlyList<ProposalSensitivity> Rows { get; init; } = [];

    /// <summary>The batch's figures, legitimacy then feasibility.</summary>
    public IReadOnlyList<DimensionSensitivity> Dimensions { get; init; } = [];

    /// <summary>Every scored criterion, the one whose weight moves its dimension's ranking most first.</summary>
    public IReadOnlyList<CriterionInfluence> Influence { get; init; } = [];
}

/// <summary>
/// One proposal on one dimension: its score, verdict and rank under the pack's weights, the 5th to 95th percentiles of
/// its score and rank over the samples, and in how many samples its verdict differs. A proposal with no score on the
/// dimension is not ranked on it: its rank and intervals are null.
/// </summary>
public sealed record ProposalSensitivity
{
    public AssessedProposal Proposal { get; init; } = new("", "", [], []);
    public Dimension Dimension { get; init; }
    public double? Score { get; init; }
    public Verdict Verdict { get; init; }

    /// <summary>1 for the highest score; equal scores share the best rank they span (1, 2, 2, 4).</summary>
    public int? Rank { get; init; }
    public double? ScoreP5 { get; init; }
    public double? ScoreP95 { get; init; }

    /// <summary>The better end of the rank interval (the smaller number).</summary>
    public int? RankP5 { get; init; }
    public int? RankP95 { get; init; }
    public int VerdictChanges { get; init; }
}

/// <summary>
/// A dimension across the batch: how many proposals are ranked, the mean and 5th percentile over the samples of
/// Kendall's tau-b against the ranking under the pack's weights (null when it is not defined: fewer than two ranked
/// proposals, or all of them tied), and how many proposals change verdict in at least one sample.
/// </summary>
public sealed record DimensionSensitivity(Dimension Dimension, int Ranked, double? TauMean, double? TauP5, int VerdictsThatChange);

/// <summary>
/// How much one criterion's weight alone moves its dimension's ranking: tau-b against the ranking under the pack's
/// weights when only this weight is lowered to (1 - spread) and raised to (1 + spread) times its value, and the
/// largest change of any proposal's rank at either end.
/// </summary>
public sealed record CriterionInfluence(Criterion Criterion, double? TauDown, double? TauUp, int LargestRankShift)
{
    /// <summary>The lower of the two; null when tau-b is not defined on the dimension.</summary>
    public double? LowestTau => TauDown is { } down && TauUp is { } up ? Math.Min(down, up) : TauDown ?? TauUp;
}
