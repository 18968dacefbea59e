using Analyzer.Core.Drafting;

namespace Analyzer.Tests.Drafting;

public sealed class YamlScalarTests
{
    // Our reader reads any scalar in a text field as text, but other YAML tools would not: these must be quoted.
    [Theory]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("off")]
    [InlineData("null")]
    [InlineData("123")]
    [InlineData("1e5")]
    [InlineData("0x1F")]
    [InlineData("2024-01-01")]
    [InlineData("12:30")]
    public void Render_TextAnotherYamlReaderWouldTypeDifferently_IsQuoted(string text) =>
        Assert.Equal($"\"{text}\"", YamlScalar.Render(text));

    [Theory]
    [InlineData("national-ai-office")]
    [InlineData("2024-act")]
    [InlineData("Citizens of the EU (all 27 member states)")]
    [InlineData("it's plain")]
    [InlineData("前沿人工智能委员会（草案）")]
    public void Render_PlainSafeText_IsWrittenAsItIs(string text) => Assert.Equal(text, YamlScalar.Render(text));

    [Fact]
    public void Render_InvisibleAndControlCharacters_AreEscapedSoTheFileShowsThem() =>
        Assert.Equal("\"a\\u202eb\\nc\\u001bd\\\"e\\\\\"", YamlScalar.Render("a\u202eb\nc\u001bd\"e\\"));
}
