using Analyzer.Core.Sensitivity;

namespace Analyzer.Tests.Sensitivity;

public sealed class WeightDrawsTests
{
    [Fact]
    public void Factor_SpreadZero_AlwaysOne()
    {
        var draws = new WeightDraws(7, 0);

        Assert.All(Enumerable.Range(0, 100), s => Assert.Equal(1.0, draws.Factor(s, WeightDraws.Key("EF-02"))));
    }

    [Fact]
    public void Factor_ManyDraws_WithinTheSpreadAndSpreadOverIt()
    {
        var draws = new WeightDraws(1, 0.25);
        double[] factors = [.. Enumerable.Range(0, 10_000).Select(s => draws.Factor(s, WeightDraws.Key("RH-05")))];

        Assert.All(factors, f => Assert.InRange(f, 0.75, 1.25));
        Assert.InRange(factors.Average(), 0.99, 1.01);
        Assert.True(factors.Min() < 0.76 && factors.Max() > 1.24);
    }

    [Fact]
    public void Factor_SameSeedSampleAndCriterion_SameFactorInAnyOrder()
    {
        var first = new WeightDraws(42, 0.3);
        var second = new WeightDraws(42, 0.3);
        double[] forward = [.. Enumerable.Range(0, 50).Select(s => first.Factor(s, WeightDraws.Key("HO-02")))];
        double[] backward = [.. Enumerable.Range(0, 50).Reverse().Select(s => second.Factor(s, WeightDraws.Key("HO-02")))];

        Assert.Equal(forward, backward.Reverse());
        Assert.NotEqual(forward[0], new WeightDraws(43, 0.3).Factor(0, WeightDraws.Key("HO-02")));
        Assert.NotEqual(forward[0], first.Factor(0, WeightDraws.Key("HO-03")));
    }
}
