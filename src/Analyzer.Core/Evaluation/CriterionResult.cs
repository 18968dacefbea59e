using Analyzer.Core.Rules;

namespace Analyzer.Core.Evaluation;

/// <summary>One criterion's outcome for one proposal, with what is missing, the label of a classification, or the error.</summary>
public sealed record CriterionResult
{
    public Criterion Criterion { get; init; } = new();
    public Outcome Outcome { get; init; }
    public string[] MissingFields { get; init; } = [];
    public string? Label { get; init; }
    public string? Detail { get; init; }
    public string? Error { get; init; }
}
