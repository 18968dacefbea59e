using Analyzer.Core.Pipeline;

namespace Analyzer.Tests.Pipeline;

public sealed class ShardTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(1001)]
    public void Block_AllShards_CoverEveryInputOnceInOrder(int total)
    {
        foreach (var count in new[] { 1, 2, 3, 8, 13 })
        {
            var next = 0L;
            for (var k = 1; k <= count; k++)
            {
                var (start, length) = new Shard(k, count).Block(total);
                Assert.Equal(next, start);
                Assert.InRange(length, total / count, total / count + 1); // near-equal blocks
                next = start + length;
            }
            Assert.Equal(total, next);
        }
    }

    [Fact]
    public void Of_SecondOfThree_TakesTheMiddleBlock()
    {
        Assert.Equal(["c", "d"], new Shard(2, 3).Of(["a", "b", "c", "d", "e", "f", "g"]));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/8", 3, 8)]
    public void Parse_KOverN_ReadsBoth(string text, int k, int n)
    {
        Assert.Equal(new Shard(k, n), Shard.Parse(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("2")]
    [InlineData("1/2/3")]
    [InlineData("-1/3")]
    [InlineData(" 1/3")]
    [InlineData("a/b")]
    public void Parse_NotKOverN_SaysWhatWasExpected(string text)
    {
        Assert.Null(Shard.Parse(text, out var error));
        Assert.Equal($"--shard expects k/n with 1 <= k <= n, such as 2/8; found '{text}'.", error);
    }
}
