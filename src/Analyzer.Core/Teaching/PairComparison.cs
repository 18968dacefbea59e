namespace Analyzer.Core.Teaching;

/// <summary>A criterion's teaching pair evaluated: each side's outcome and finding, and the stated facts that differ.</summary>
public sealed record PairComparison(PairSide Meets, PairSide Fails, IReadOnlyList<FieldDifference> Differences);
