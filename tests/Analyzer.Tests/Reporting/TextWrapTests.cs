using Analyzer.Core.Reporting;

namespace Analyzer.Tests.Reporting;

public sealed class TextWrapTests
{
    [Fact]
    public void Lines_English_BreaksAtSpacesWithinTheWidth()
    {
        Assert.Equal(["one two", "three four", "five"], TextWrap.Lines("one two three four five", 10));
    }

    [Fact]
    public void Lines_Chinese_BreaksBetweenCharactersNeverBeforeAComma()
    {
        var lines = TextWrap.Lines("授权实体保有撤销托管的权力，可直接行使。", 28);

        Assert.Equal(["授权实体保有撤销托管的权力，", "可直接行使。"], lines);
        Assert.All(lines, l => Assert.True(TextWidth.Of(l) <= 28));
    }

    [Fact]
    public void Lines_WordLongerThanTheWidth_KeepsALineToItself()
    {
        Assert.Equal(["a", "doi:10.1177/00323217221126665", "b"], TextWrap.Lines("a doi:10.1177/00323217221126665 b", 10));
    }
}
