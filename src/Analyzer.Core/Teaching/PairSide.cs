using Analyzer.Core.Evaluation;

namespace Analyzer.Core.Teaching;

/// <summary>One side of a teaching pair: the example's id and title, its result for the criterion, and the outcome the pack expects.</summary>
public sealed record PairSide(string Id, string Title, CriterionResult Result, Outcome Expected)
{
    public bool AsExpected => Result.Outcome == Expected;
}
