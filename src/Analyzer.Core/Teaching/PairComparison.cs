using Analyzer.Core.Evaluation;

namespace Analyzer.Core.Teaching;

/// <summary>A criterion's teaching pair evaluated: each side's outcome and finding, and the stated facts that differ.</summary>
public sealed record PairComparison(PairSide Meets, PairSide Fails, IReadOnlyList<FieldDifference> Differences);

/// <summary>One side of a teaching pair: the example's id and title, its result for the criterion, and the outcome the pack expects.</summary>
public sealed record PairSide(string Id, string Title, CriterionResult Result, Outcome Expected)
{
    public bool AsExpected => Result.Outcome == Expected;
}

/// <summary>A field path whose value differs between the two sides; null where a side does not state it.</summary>
public sealed record FieldDifference(string Path, string? Meets, string? Fails);
