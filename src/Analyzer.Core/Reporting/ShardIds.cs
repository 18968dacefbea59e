namespace Analyzer.Core.Reporting;

/// <summary>
/// The proposal ids met so far in a merge, each with the shard that holds it: shards of one run partition the inputs,
/// so an id in two shards means shards of different runs (or of different k/n) were mixed.
/// </summary>
internal sealed class ShardIds
{
    private readonly Dictionary<string, string> _shardById = new(StringComparer.Ordinal);

    public int Count => _shardById.Count;

    /// <summary>
    /// Records <paramref name="id"/> as held by <paramref name="shard"/>; returns the other shard that holds it, if any.
    /// One shard may name an id on many rows: a detail report has a row per criterion.
    /// </summary>
    public string? Claim(string id, string shard)
    {
        if (_shardById.TryGetValue(id, out var holder))
        {
            return holder == shard ? null : holder;
        }
        _shardById.Add(id, shard);
        return null;
    }
}
