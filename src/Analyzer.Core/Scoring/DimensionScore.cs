using Analyzer.Core.Rules;

namespace Analyzer.Core.Scoring;

/// <summary>A dimension's score, the range the missing information could move it to, and its verdict.</summary>
public sealed record DimensionScore
{
    /// <summary>Null when no criterion of the dimension applies.</summary>
    public double? Score { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public Verdict Verdict { get; init; }
}
