using Analyzer.Core.Proposals;
using Analyzer.Core.Teaching;

namespace Analyzer.Tests.Teaching;

public sealed class FieldValuesTests
{
    [Fact]
    public void Differences_ShippedTeachingPair_TheOneStatedFact()
    {
        var reader = new ProposalReader();
        var a = reader.Read(Path.Combine(Repo.Proposals, "agency-revocable-a.yaml")).Proposal!;
        var b = reader.Read(Path.Combine(Repo.Proposals, "agency-revocable-b.yaml")).Proposal!;

        var difference = Assert.Single(FieldValues.Differences(a, b));

        Assert.Equal(new FieldDifference("entities[ai-agency].revocableBy", "[parliament]", "[]"), difference);
    }

    [Fact]
    public void Of_Proposal_PathsInTheFormatsNamesWithoutWhatOnlyNamesIt()
    {
        var proposal = new Proposal
        {
            Id = "x",
            Title = "X",
            Summary = "s",
            Year = 2024,
            Sources = ["a"],
            IndustryFunded = false,
            Entities = [new Entity { Id = "people", Kind = "public" }],
            Decisions = [new Decision { By = "people", Level = "policy" }, new Decision { By = "people" }],
            Institution = new Institution { Challenges = new() { ["scope"] = "none" } },
        };

        var values = FieldValues.Of(proposal);

        Assert.Equal(new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["decisions[0].by"] = "people",
            ["decisions[0].level"] = "policy",
            ["decisions[1].by"] = "people",
            ["entities[people].kind"] = "public",
            ["industryFunded"] = "false",
            ["institution.challenges.scope"] = "none",
        }, values);
    }

    [Fact]
    public void Differences_FieldStatedOnOneSideOnly_NullOnTheOther()
    {
        var difference = Assert.Single(FieldValues.Differences(new Proposal { Issuer = "a" }, new Proposal()));

        Assert.Equal(new FieldDifference("issuer", "a", null), difference);
    }
}
