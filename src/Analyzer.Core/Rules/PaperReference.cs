namespace Analyzer.Core.Rules;

/// <summary>The full reference of one paper, which every citation in a report resolves to.</summary>
public sealed record PaperReference
{
    public string Key { get; init; } = "";
    public string Authors { get; init; } = "";
    public string Title { get; init; } = "";
    public string Venue { get; init; } = "";
    public int Year { get; init; }
    public string Doi { get; init; } = "";
    public string Citation { get; init; } = "";
}
