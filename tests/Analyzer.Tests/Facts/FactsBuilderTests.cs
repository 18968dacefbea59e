using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;

namespace Analyzer.Tests.Facts;

public sealed class FactsBuilderTests
{
    // The verdicts Erman & Furendal give for their own examples (criteria.md §6.4, DIG-4 ¶4-6).
    [Theory]
    [InlineData("gdpr.yaml", "mode-1")]
    [InlineData("eu-ai-act.yaml", "mode-2")]
    [InlineData("un-security-council.yaml", "mode-3")]
    [InlineData("nato-ai-strategy.yaml", "mode-4")]
    [InlineData("ai-crime-analysis.yaml", "mode-5")]
    [InlineData("legislature-governs-by-ai.yaml", "illegitimate-authorized-by-ai")]
    [InlineData("decisions-outsourced-to-ai.yaml", "illegitimate-outsourced-to-ai")]
    [InlineData("private-soft-law.yaml", "illegitimate-private-soft-law")]
    public void Build_PaperExample_ClassifiesAsThePaperDoes(string file, string mode)
    {
        var proposal = new ProposalReader().Read(Path.Combine(Repo.Proposals, file)).Proposal!;

        var facts = FactsBuilder.Build(proposal);

        Assert.Equal(mode, facts.EfMode);
    }

    [Fact]
    public void Build_NothingStated_ModeIsUnknownAndNamesWhatIsMissing()
    {
        var facts = FactsBuilder.Build(new Proposal { Id = "x", Title = "X" });

        Assert.Null(facts.EfMode);
        Assert.Contains("decisions", facts.Missing[nameof(ProposalFacts.EfMode)]);
    }

    [Fact]
    public void Build_AuthorizedEntityWithoutPublic_ChainIsBrokenWithGap()
    {
        var proposal = Proposal(new Entity { Id = "assembly", Kind = "authorized", AuthorizedBy = "firm" },
            new Entity { Id = "firm", Kind = "private" });

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.ChainComplete);
        Assert.Contains("assembly.authorizedBy", facts.ChainGaps);
    }

    [Fact]
    public void Build_MandateWithoutRevocationStated_RevocationUnknown()
    {
        var proposal = Proposal(new Entity { Id = "people", Kind = "public" },
            new Entity { Id = "parliament", Kind = "authorized", AuthorizedBy = "people" },
            new Entity { Id = "agency", Kind = "mandated", MandatedBy = ["parliament"], AccountableTo = ["parliament"] });

        var facts = FactsBuilder.Build(proposal);

        Assert.True(facts.ChainComplete);
        Assert.True(facts.MandatesAccountable);
        Assert.Null(facts.MandatesRevocable);
        Assert.Equal(["entities[agency].revocableBy"], facts.Missing[nameof(ProposalFacts.MandatesRevocable)]);
    }

    [Fact]
    public void Build_RevocationOnlyByOutsider_NotRevocable()
    {
        var proposal = Proposal(new Entity { Id = "people", Kind = "public" },
            new Entity { Id = "parliament", Kind = "authorized", AuthorizedBy = "people" },
            new Entity { Id = "agency", Kind = "mandated", MandatedBy = ["parliament"], RevocableBy = ["people"] });

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.MandatesRevocable);
    }

    [Fact]
    public void Build_PrivateDecisionMakerUnderPublicIssuer_AuthorityDoesNotTrace()
    {
        var proposal = Proposal(new Entity { Id = "people", Kind = "public" },
            new Entity { Id = "parliament", Kind = "authorized", AuthorizedBy = "people" },
            new Entity { Id = "vendor", Kind = "private" }) with
        {
            Issuer = "parliament",
            Decisions = [new Decision { Id = "d", By = "vendor", Level = "implementation", Ai = "none" }],
        };

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.AuthorityTracesToPublic);
        Assert.Contains("vendor.kind", facts.ChainGaps);
    }

    [Fact]
    public void Build_AiSystemDecidesPolicy_OutsourcedEvenWithoutDirection()
    {
        var proposal = Proposal(new Entity { Id = "model", Kind = "ai-system" }) with
        {
            Decisions = [new Decision { Id = "d", By = "model", Level = "policy", Ai = "decides" }],
        };

        var facts = FactsBuilder.Build(proposal);

        Assert.Equal("illegitimate-outsourced-to-ai", facts.EfMode);
    }

    private static Proposal Proposal(params Entity[] entities) => new() { Id = "p", Title = "P", Entities = entities };
}
