namespace Analyzer.Core.Proposals;

/// <summary>An actor in the chain of authority: a public, an authorized or mandated entity, a private body or an AI system.</summary>
public sealed record Entity
{
    public string? Id { get; init; }
    public string? Kind { get; init; }
    public string? Name { get; init; }
    public string? AuthorizedBy { get; init; }
    public string? Authorization { get; init; }
    public string[]? MandatedBy { get; init; }
    public string[]? AccountableTo { get; init; }
    public string[]? RevocableBy { get; init; }
    public string[]? Transparency { get; init; }
}
