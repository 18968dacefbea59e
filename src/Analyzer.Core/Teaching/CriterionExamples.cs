namespace Analyzer.Core.Teaching;

/// <summary>
/// The example proposals whose fixtures pin a criterion: those expected to meet it, those expected not to, and for a
/// classification that fills a summary column, the examples expected in each class.
/// </summary>
public sealed record CriterionExamples
{
    public static readonly CriterionExamples None = new();

    public IReadOnlyList<string> Met { get; init; } = [];
    public IReadOnlyList<string> NotMet { get; init; } = [];
    public IReadOnlyList<ClassExamples> Classified { get; init; } = [];

    public bool IsEmpty => Met.Count == 0 && NotMet.Count == 0 && Classified.Count == 0;
}
