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

    /// <summary>A few sentences on what the paper argues, for the study guide (<c>analyzer criteria --format markdown</c>); optional.</summary>
    public LocalizedText? Summary { get; init; }
}
