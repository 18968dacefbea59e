using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals.Source;
using Analyzer.Core.Sweeps;

namespace Analyzer.Tests.Sweeps;

public sealed class FactorTextTests
{
    [Theory]
    [InlineData("strengthen-existing", "strengthen-existing")]
    [InlineData("true", "true")]
    [InlineData("~", "null")]
    [InlineData("[]", "[]")]
    [InlineData("[parliament, council]", "[parliament, council]")]
    [InlineData("[\"a, b\", c]", "[\"a, b\", c]")]
    [InlineData("{scope: none, security: \"Vetted staff: only\"}", "{scope: none, security: \"Vetted staff: only\"}")]
    public void Of_YamlValue_WrittenAsFlowText(string yaml, string expected)
    {
        var node = YamlSourceReader.Read("v.yaml", yaml, new List<Diagnostic>())!;

        Assert.Equal(expected, FactorText.Of(node));
    }
}
