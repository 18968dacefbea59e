using Analyzer.Core.Pipeline;
using Analyzer.Core.Sweeps;

namespace Analyzer.Tests.Sweeps;

public sealed class VariantSelectionTests
{
    [Fact]
    public void Sample_SameSeed_SameDistinctSortedPositions()
    {
        var first = VariantSelection.Sample(1_000_000, 500, seed: 42);

        Assert.Equal(first, VariantSelection.Sample(1_000_000, 500, seed: 42));
        Assert.Equal(500, first.Distinct().Count());
        Assert.Equal(first.Order(), first);
        Assert.All(first, p => Assert.InRange(p, 0, 999_999));
        Assert.NotEqual(first, VariantSelection.Sample(1_000_000, 500, seed: 43));
    }

    [Fact]
    public void Sample_Seed42_PinnedPositions()
    {
        // The generator is written out (SplitMix64), so these are the same on every machine and .NET version.
        Assert.Equal([250L, 474L, 550L, 841L, 891L], VariantSelection.Sample(1000, 5, seed: 42));
    }

    [Fact]
    public void Sample_AllButOne_EveryPositionButOne()
    {
        var sample = VariantSelection.Sample(10, 9, seed: 1);

        Assert.Equal(9, sample.Length);
        Assert.Single(Enumerable.Range(0, 10).Select(i => (long)i).Except(sample));
    }

    [Fact]
    public void Of_SampleAsLargeAsTheProduct_EveryVariant()
    {
        var selection = VariantSelection.Of(6, sample: 10, seed: 0, Shard.Whole);

        Assert.Equal([0L, 1, 2, 3, 4, 5], selection.Positions());
    }

    [Fact]
    public void Of_ShardsOfASample_JoinedAreTheSample()
    {
        var whole = VariantSelection.Of(1000, sample: 50, seed: 9, Shard.Whole).Positions().ToList();
        var joined = Enumerable.Range(1, 3).SelectMany(k => VariantSelection.Of(1000, sample: 50, seed: 9, new Shard(k, 3)).Positions()).ToList();

        Assert.Equal(whole, joined);
    }

    [Fact]
    public void Next_Seed1234567_TheReferenceSequence()
    {
        var random = new SplitMix64(1234567);

        Assert.Equal([6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL],
            Enumerable.Range(0, 5).Select(_ => random.Next()));
    }

    [Fact]
    public void Below_EveryValueReached_NoneOutside()
    {
        var random = new SplitMix64(3);
        var seen = Enumerable.Range(0, 2000).Select(_ => random.Below(7)).ToHashSet();

        Assert.Equal(Enumerable.Range(0, 7).Select(i => (long)i).ToHashSet(), seen);
    }
}
