namespace Analyzer.Core.Proposals;

/// <summary>The institution design in Ho et al.'s terms: model, functions, membership and answers to the model's challenges.</summary>
public sealed record Institution
{
    public string? Model { get; init; }
    public string[]? Functions { get; init; }
    public string? Membership { get; init; }
    public string[]? Participants { get; init; }
    public string[]? Precedents { get; init; }
    public Dictionary<string, string>? Challenges { get; init; }
}
