using Analyzer.Core.Pipeline;

namespace Analyzer.Core.Sweeps;

/// <summary>
/// The variants one run assesses, as positions in the product order: every variant, or a seeded sample of distinct
/// ones (still in product order); then, with <c>--shard k/n</c>, the k-th contiguous block of those, so that the
/// shards' outputs joined in shard order are the whole run's, byte for byte.
/// </summary>
public sealed class VariantSelection
{
    private readonly long[]? _sample;
    private readonly long _start;

    private VariantSelection(long[]? sample, long start, long count) => (_sample, _start, Count) = (sample, start, count);

    /// <summary>How many variants this run assesses.</summary>
    public long Count { get; }

    /// <summary>How many the run chooses from before sharding: the product, or the sample's size.</summary>
    public long Chosen { get; private init; }

    public IEnumerable<long> Positions()
    {
        for (var i = 0L; i < Count; i++)
        {
            yield return _sample is null ? _start + i : _sample[_start + i];
        }
    }

    public static VariantSelection Of(long total, int? sample, ulong seed, Shard shard)
    {
        var positions = sample is { } size && size < total ? Sample(total, size, seed) : null;
        var chosen = positions?.LongLength ?? total;
        var (start, count) = shard.Block(chosen);
        return new VariantSelection(positions, start, count) { Chosen = chosen };
    }

    /// <summary>
    /// <paramref name="size"/> distinct positions below <paramref name="total"/>, sorted (Floyd's algorithm: one draw
    /// per position chosen, memory for the sample only, however large the product).
    /// </summary>
    public static long[] Sample(long total, int size, ulong seed)
    {
        var random = new SplitMix64(seed);
        var chosen = new HashSet<long>(size);
        for (var j = total - size; j < total; j++)
        {
            var t = random.Below(j + 1);
            chosen.Add(chosen.Contains(t) ? j : t);
        }
        var sorted = chosen.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
