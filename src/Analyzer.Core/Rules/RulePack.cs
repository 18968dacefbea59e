namespace Analyzer.Core.Rules;

/// <summary>The loaded rule pack: criteria in a fixed order, paper references and the scoring bands.</summary>
public sealed record RulePack
{
    public string Version { get; init; } = "";
    public IReadOnlyList<Criterion> Criteria { get; init; } = [];
    public IReadOnlyDictionary<string, PaperReference> Papers { get; init; } = new Dictionary<string, PaperReference>();

    /// <summary>Highest band first; a score takes the first band whose minimum it reaches.</summary>
    public IReadOnlyList<ScoringBand> Bands { get; init; } = [];

    /// <summary>For each proposal field path, the ids of the criteria that read it directly (<see cref="Criterion.Reads"/>), in pack order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ReadersByField() =>
        Criteria.SelectMany(c => c.Reads.Select(path => (Path: path, c.Id)))
            .GroupBy(r => r.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Id)], StringComparer.Ordinal);

    public Criterion? Find(string id) => Criteria.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
}
