namespace Analyzer.Core.Rules;

/// <summary>The loaded rule pack: criteria in a fixed order, paper references and the scoring bands.</summary>
public sealed record RulePack
{
    public string Version { get; init; } = "";
    public IReadOnlyList<Criterion> Criteria { get; init; } = [];
    public IReadOnlyDictionary<string, PaperReference> Papers { get; init; } = new Dictionary<string, PaperReference>();

    /// <summary>Highest band first; a score takes the first band whose minimum it reaches.</summary>
    public IReadOnlyList<ScoringBand> Bands { get; init; } = [];

    public Criterion? Find(string id) => Criteria.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
}
