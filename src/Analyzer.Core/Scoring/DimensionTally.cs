namespace Analyzer.Core.Scoring;

/// <summary>
/// The weights of one dimension's scored criteria, summed by outcome: all a dimension's score and range are computed
/// from (see <see cref="Scorer"/>). Outcomes do not change with weights, so a proposal can be rescored under other
/// weights from the same outcomes.
/// </summary>
public readonly record struct DimensionTally(double Met, double NotMet, double NotStated, double Error);
