using Analyzer.Core.PackTesting;
using Analyzer.Core.Rules;
using Analyzer.Core.Teaching;

namespace Analyzer.Tests.Teaching;

public sealed class CatalogueTests
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;

    [Theory]
    [InlineData("erman-furendal-2024", "erman-furendal-2024")]
    [InlineData("ERMAN", "erman-furendal-2024")]
    [InlineData("ef", "erman-furendal-2024")]
    [InlineData("vmg", "veale-matus-gorwa-2023")]
    [InlineData("h", "ho-et-al-2023")]
    public void FindPaper_KeyPrefixOrCriterionPrefix_ThePaper(string typed, string key)
    {
        Assert.Equal(key, Catalogue.FindPaper(Pack, typed).Key);
    }

    [Fact]
    public void FindPaper_PrefixOfTwoKeys_NoPaperAndBothCandidates()
    {
        var pack = Pack with
        {
            Papers = new Dictionary<string, PaperReference>
            {
                ["smith-2020"] = new() { Key = "smith-2020" },
                ["smith-2021"] = new() { Key = "smith-2021" },
                ["jones-2022"] = new() { Key = "jones-2022" },
            },
        };

        var (key, candidates) = Catalogue.FindPaper(pack, "smith");

        Assert.Null(key);
        Assert.Equal(["smith-2020", "smith-2021"], candidates);
    }

    [Fact]
    public void Build_DimensionFilter_OnlyThatDimensionPerPaperInPackOrder()
    {
        var papers = Catalogue.Build(Pack, [], dimension: Dimension.Legitimacy);

        Assert.Equal(["erman-furendal-2024", "ho-et-al-2023", "roberts-et-al-2024", "veale-matus-gorwa-2023"], papers.Select(p => p.Paper.Key));
        Assert.All(papers.SelectMany(p => p.Entries), e => Assert.Equal(Dimension.Legitimacy, e.Criterion.Dimension));
    }

    [Fact]
    public void Index_Fixtures_MetNotMetAndClassesPerCriterion()
    {
        var fixtures = FixtureLoader.Load(Repo.Rules).Fixtures;

        var index = FixtureExamples.Index(Pack, fixtures);

        Assert.Equal(["agency-revocable-a"], index["EF-08"].Met);
        Assert.Equal(["agency-revocable-b"], index["ef-08"].NotMet);
        Assert.Contains(index["EF-11"].Classified, k => k.Label == "mode-1" && k.Examples.SequenceEqual(["gdpr"]));
        Assert.False(index.ContainsKey("EF-03")); // no fixture pins it
    }
}
