using Analyzer.Core.Sensitivity;

namespace Analyzer.Tests.Sensitivity;

public sealed class KendallTauTests
{
    [Fact]
    public void TauB_NoTies_ConcordantMinusDiscordantOverPairs()
    {
        // Pairs of (1,2,3,4,5) against (3,4,1,2,5): discordant are (1,3) (1,4) (2,3) (2,4), the other 6 concordant: (6 - 4) / 10.
        Assert.Equal(0.2, KendallTau.TauB([1, 2, 3, 4, 5], [3, 4, 1, 2, 5])!.Value, 12);
    }

    [Fact]
    public void TauB_WithTies_MatchesTheHandCount()
    {
        // x = (12, 2, 1, 12, 2), y = (1, 4, 7, 1, 0), 10 pairs. Pair (0,3) ties in both, (1,4) in x only: n1 = 2, n2 = 1.
        // Concordant: (0,4), (3,4). Discordant: (0,1), (0,2), (1,2), (1,3), (2,3), (2,4).
        // tau-b = (2 - 6) / sqrt((10 - 2)(10 - 1)) = -4 / sqrt(72) = -0.4714..., as scipy.stats.kendalltau gives.
        Assert.Equal(-4 / Math.Sqrt(72), KendallTau.TauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])!.Value, 12);
    }

    [Fact]
    public void TauB_IdenticalAndReversed_OneAndMinusOne()
    {
        double[] x = [3, 1, 4, 1, 5, 9, 2, 6];
        Assert.Equal(1.0, KendallTau.TauB(x, x));
        Assert.Equal(-1.0, KendallTau.TauB(x, [.. x.Select(v => -v)])!.Value, 12);
    }

    [Fact]
    public void TauB_AllTiedOrTooFew_NotDefined()
    {
        Assert.Null(KendallTau.TauB([1, 1, 1], [1, 2, 3]));
        Assert.Null(KendallTau.TauB([1, 2, 3], [5, 5, 5]));
        Assert.Null(KendallTau.TauB([1], [1]));
        Assert.Null(KendallTau.TauB([], []));
    }

    [Fact]
    public void TauB_RandomVectorsWithTies_EqualsTheQuadraticDefinition()
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var n = random.Next(2, 60);
            double[] x = [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 8))];
            double[] y = [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(0, 8))];

            var expected = Quadratic(x, y);
            var actual = KendallTau.TauB(x, y);

            if (expected is null)
            {
                Assert.Null(actual);
            }
            else
            {
                Assert.Equal(expected.Value, actual!.Value, 12);
            }
        }
    }

    /// <summary>Tau-b straight from its definition, pair by pair.</summary>
    private static double? Quadratic(double[] x, double[] y)
    {
        long concordant = 0, discordant = 0, xTies = 0, yTies = 0, pairs = 0;
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = i + 1; j < x.Length; j++)
            {
                pairs++;
                var dx = Math.Sign(x[i] - x[j]);
                var dy = Math.Sign(y[i] - y[j]);
                xTies += dx == 0 ? 1 : 0;
                yTies += dy == 0 ? 1 : 0;
                concordant += dx * dy > 0 ? 1 : 0;
                discordant += dx * dy < 0 ? 1 : 0;
            }
        }
        return pairs == xTies || pairs == yTies ? null : (concordant - discordant) / Math.Sqrt((double)(pairs - xTies) * (pairs - yTies));
    }
}
