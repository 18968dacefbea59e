using Analyzer.Core.Rules;

namespace Analyzer.Core.Evaluation;

/// <summary>One criterion's outcome for one proposal, with what is missing, the label of a classification, or the error.</summary>
public sealed record CriterionResult
{
    /// <summary>The criterion judged; a result made without one holds an empty criterion, shared (a record, so unchangeable).</summary>
    // Not '= new()': an initializer runs on every result made, and an empty criterion with its texts is some 400 bytes,
    // more than the result itself, on every criterion of every proposal.
    public Criterion Criterion { get; init; } = NoCriterion;
    public Outcome Outcome { get; init; }
    public string[] MissingFields { get; init; } = [];
    public string? Label { get; init; }
    public string? Detail { get; init; }
    public string? Error { get; init; }

    private static readonly Criterion NoCriterion = new();
}
