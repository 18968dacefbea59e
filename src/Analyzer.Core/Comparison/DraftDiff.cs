using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Comparison;

/// <summary>Two drafts of a proposal compared: per dimension, per classification, and the criteria whose outcome changed.</summary>
public sealed record DraftDiff
{
    public ProposalScore Before { get; init; } = new();
    public ProposalScore After { get; init; } = new();
    public IReadOnlyList<DimensionChange> Dimensions { get; init; } = [];
    public IReadOnlyList<ClassificationChange> Classifications { get; init; } = [];
    public IReadOnlyList<CriterionChange> Criteria { get; init; } = [];

    /// <summary>True when the after-draft is worse on a dimension (what <c>--fail-on-regression</c> checks).</summary>
    public bool Regressed => Dimensions.Any(d => d.IsWorse);
}

/// <summary>A dimension's score, range and verdict before and after.</summary>
public sealed record DimensionChange(Dimension Dimension, DimensionScore Before, DimensionScore After)
{
    /// <summary>After minus before, when both drafts have a score.</summary>
    public double? ScoreDelta => Before.Score is { } b && After.Score is { } a ? Math.Round(a - b, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// Worse means a lower score, a lower band, or a newly failed necessary criterion. A verdict that becomes
    /// undetermined is not worse in itself: it means information was removed, and the range shows it.
    /// </summary>
    public bool IsWorse =>
        ScoreDelta < 0
        || After.Verdict == Verdict.FailsNecessary && Before.Verdict != Verdict.FailsNecessary
        || Rank(After.Verdict) < Rank(Before.Verdict);

    public bool IsBetter =>
        ScoreDelta > 0
        || Before.Verdict == Verdict.FailsNecessary && After.Verdict != Verdict.FailsNecessary
        || Rank(After.Verdict) > Rank(Before.Verdict);

    // Only the bands are ordered among themselves; comparisons with null (undetermined, fails-necessary) are false.
    private static int? Rank(Verdict verdict) => verdict switch
    {
        Verdict.Strong => 3,
        Verdict.Moderate => 2,
        Verdict.Weak => 1,
        _ => null,
    };
}

/// <summary>A classification column's value before and after (the same when unchanged).</summary>
public sealed record ClassificationChange(string Column, Criterion Criterion, string Before, string After)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}

/// <summary>A criterion whose outcome (or label) differs between the drafts.</summary>
public sealed record CriterionChange(CriterionResult Before, CriterionResult After)
{
    public Criterion Criterion => After.Criterion;

    /// <summary>Points gained or lost in the criterion's dimension; null for a classification.</summary>
    public int? PointsDelta => Criterion.IsScored ? Points(After) - Points(Before) : null;

    private static int Points(CriterionResult r) => r.Outcome == Outcome.Met ? r.Criterion.Weight : 0;
}
