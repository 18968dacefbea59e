using Analyzer.Core.Reporting;

namespace Analyzer.Tests.Reporting;

public sealed class NaturalOrderTests
{
    [Fact]
    public void OfShardFiles_GlobOrder_ShardNumberOrder()
    {
        string[] globbed = ["out/summary-1.csv", "out/summary-10.csv", "out/summary-11.csv", "out/summary-2.csv", "out/summary-9.csv"];

        Assert.Equal(["out/summary-1.csv", "out/summary-2.csv", "out/summary-9.csv", "out/summary-10.csv", "out/summary-11.csv"],
            NaturalOrder.OfShardFiles(globbed));
    }

    [Fact]
    public void OfShardFiles_SameNameInNumberedFolders_FolderNumberOrder()
    {
        Assert.Equal(["shard-2/summary.csv", "shard-10/summary.csv"], NaturalOrder.OfShardFiles(["shard-10/summary.csv", "shard-2/summary.csv"]));
    }

    [Theory]
    [InlineData("a2", "a10", -1)]
    [InlineData("a02", "a2", -1)] // one number; ordinal order breaks the tie, so the order is total
    [InlineData("a2b", "a2a", 1)]
    [InlineData("a", "a1", -1)]
    [InlineData("99999999999999999999x", "100000000000000000000x", -1)] // longer than a long
    public void Compare_Pairs_NumbersByValue(string x, string y, int sign)
    {
        Assert.Equal(sign, Math.Sign(NaturalOrder.Instance.Compare(x, y)));
        Assert.Equal(-sign, Math.Sign(NaturalOrder.Instance.Compare(y, x)));
    }
}
