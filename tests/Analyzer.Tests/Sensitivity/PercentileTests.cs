using Analyzer.Core.Sensitivity;

namespace Analyzer.Tests.Sensitivity;

public sealed class PercentileTests
{
    [Fact]
    public void NearestRank_OneToThousand_FiftiethAndNineHundredFiftiethValues()
    {
        int[] values = [.. Enumerable.Range(1, 1000)];

        Assert.Equal(50, Percentile.NearestRank<int>(values, 5));
        Assert.Equal(950, Percentile.NearestRank<int>(values, 95));
    }

    [Theory]
    [InlineData(1, 5, 10)]
    [InlineData(1, 95, 10)]
    [InlineData(3, 5, 10)]   // ceil(0.15) = 1: the lowest
    [InlineData(3, 95, 30)]  // ceil(2.85) = 3: the highest
    [InlineData(20, 5, 10)]  // ceil(1.0) = 1
    [InlineData(20, 95, 190)] // ceil(19.0) = 19
    [InlineData(21, 5, 20)]  // ceil(1.05) = 2
    public void NearestRank_SmallSamples_TheValueAtCeilingOfPTimesN(int count, int percent, int expected)
    {
        int[] values = [.. Enumerable.Range(1, count).Select(i => i * 10)];

        Assert.Equal(expected, Percentile.NearestRank<int>(values, percent));
    }
}
