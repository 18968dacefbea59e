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
        var proposal = Proposal(new Entity { Id = "assembly", Kind = "authorized", AuthorizedBy = "firm", Authorization = "election" },
            new Entity { Id = "firm", Kind = "private" });

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.ChainComplete);
        Assert.Contains("assembly.authorizedBy -> firm (private)", facts.ChainGaps);
    }

    [Fact]
    public void Build_AuthorizationNone_TracesAsPrivateAndNamesTheLink()
    {
        var proposal = Proposal(People, Parliament with { Authorization = "none" }) with { Issuer = "parliament", Direction = "of-ai" };

        var facts = FactsBuilder.Build(proposal);

        Assert.Equal("private", facts.IssuerKind);
        Assert.False(facts.ChainComplete);
        Assert.Equal(["parliament.authorization = none"], facts.ChainGaps);
    }

    [Fact]
    public void Build_AuthorizationNotStated_ClassUnknownNamesTheField()
    {
        var proposal = Proposal(People, Parliament with { Authorization = null }) with { Issuer = "parliament" };

        var facts = FactsBuilder.Build(proposal);

        Assert.Null(facts.IssuerKind);
        Assert.Null(facts.ChainComplete);
        Assert.Equal(["entities[parliament].authorization"], facts.Missing[nameof(ProposalFacts.ChainComplete)]);
    }

    [Fact]
    public void Build_MandateFromPrivateBoard_AgencyTracesPrivateAndFailsDemocraticMinimum()
    {
        var proposal = Proposal(People, new Entity { Id = "board", Kind = "private" },
            Agency with { MandatedBy = ["board"], AccountableTo = ["board"], RevocableBy = ["board"] }) with
        {
            Issuer = "agency",
            Direction = "of-ai",
            Instrument = new Instrument { Kind = "policy", AiSpecific = true, Binding = "binding", Addressees = "sector" },
            Decisions = [new Decision { Id = "d", By = "agency", Level = "policy", Ai = "none" }],
        };

        var facts = FactsBuilder.Build(proposal);

        Assert.Equal("private", facts.IssuerKind);
        Assert.Contains("agency.mandatedBy -> board (private)", facts.ChainGaps);
        Assert.True(facts.ClaimsPublicAuthority);
        Assert.False(facts.DemocraticMinimum);
        Assert.Equal(["agency"], facts.UntracedAuthority);
        Assert.DoesNotContain("mode-", facts.EfMode);
    }

    [Fact]
    public void Build_PrivateBodyUnderRevocableMandate_TracesAsMandated()
    {
        var proposal = Proposal(People, Parliament,
            new Entity { Id = "vendor", Kind = "private", MandatedBy = ["parliament"], RevocableBy = ["parliament"] }) with
        { Issuer = "vendor" };

        var facts = FactsBuilder.Build(proposal);

        Assert.Equal("mandated", facts.IssuerKind);
        Assert.True(facts.ChainComplete);
    }

    [Fact]
    public void Build_MandateWithoutRevocationStated_RevocationUnknown()
    {
        var proposal = Proposal(People, Parliament, Agency with { RevocableBy = null });

        var facts = FactsBuilder.Build(proposal);

        Assert.True(facts.ChainComplete);
        Assert.True(facts.MandatesAccountable);
        Assert.Null(facts.MandatesRevocable);
        Assert.Equal(["entities[agency].revocableBy"], facts.Missing[nameof(ProposalFacts.MandatesRevocable)]);
    }

    [Fact]
    public void Build_RevocationOnlyByOutsider_NotRevocable()
    {
        var proposal = Proposal(People, Parliament, Agency with { RevocableBy = ["people"] });

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.MandatesRevocable);
        Assert.Equal(["agency"], facts.IrrevocableEntities);
    }

    [Fact]
    public void Build_AccountableOnlyToPrivateBody_NotAccountable()
    {
        var proposal = Proposal(People, Parliament, new Entity { Id = "industry", Kind = "private" },
            Agency with { AccountableTo = ["industry"] });

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.MandatesAccountable);
        Assert.Equal(["agency"], facts.UnaccountableEntities);
    }

    [Fact]
    public void Build_CouncilAnsweringToAssemblyOfItsMandatingStates_Accountable()
    {
        var proposal = Proposal(People, Parliament,
            new Entity { Id = "assembly", Kind = "mandated", MandatedBy = ["parliament"], AccountableTo = ["parliament"], RevocableBy = ["parliament"], Transparency = ["open-meetings"] },
            new Entity { Id = "council", Kind = "mandated", MandatedBy = ["parliament"], AccountableTo = ["assembly"], RevocableBy = ["parliament"], Transparency = ["published-decisions"] });

        var facts = FactsBuilder.Build(proposal);

        Assert.True(facts.MandatesAccountable);
    }

    [Fact]
    public void Build_TransparencyNone_NotTransparent()
    {
        var proposal = Proposal(People, Parliament, Agency with { Transparency = ["none"] });

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.MandatesTransparent);
        Assert.Equal(["agency"], facts.OpaqueEntities);
    }

    [Fact]
    public void Build_PrivateDecisionMakerUnderPublicIssuer_FailsDemocraticMinimum()
    {
        var proposal = Proposal(People, Parliament, new Entity { Id = "vendor", Kind = "private" }) with
        {
            Issuer = "parliament",
            Decisions = [new Decision { Id = "d", By = "vendor", Level = "implementation", Ai = "none" }],
        };

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.DemocraticMinimum);
        Assert.Equal(["vendor"], facts.UntracedAuthority);
    }

    [Fact]
    public void Build_PrivateFirmClaimingNoPublicAuthority_DemocraticMinimumDoesNotApply()
    {
        var proposal = Proposal(new Entity { Id = "firm", Kind = "private" }) with
        {
            Issuer = "firm",
            Decisions = [new Decision { Id = "d", By = "firm", Level = "policy", Ai = "none" }],
        };

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.ClaimsPublicAuthority);
        Assert.True(facts.DemocraticMinimum);
    }

    [Theory]
    [InlineData("policy", "sector")]
    [InlineData("code-of-conduct", "members")]
    public void Build_PrivateVoluntaryInstrumentBeyondTheIssuer_PrivateSoftLawWhateverItsKind(string kind, string addressees)
    {
        var proposal = Proposal(new Entity { Id = "forum", Kind = "private" }) with
        {
            Issuer = "forum",
            Direction = "of-ai",
            Instrument = new Instrument { Kind = kind, AiSpecific = true, Binding = "voluntary", Addressees = addressees },
            Decisions = [new Decision { Id = "adopt", By = "forum", Level = "policy", Ai = "none" }],
        };

        var facts = FactsBuilder.Build(proposal);

        Assert.True(facts.PrivateSoftLaw);
        Assert.Equal("illegitimate-private-soft-law", facts.EfMode);
    }

    [Fact]
    public void Build_LegislatureUsesAiUnderOfAiLabel_JudgedFromTheDecisions()
    {
        var proposal = Statute("of-ai", new Decision { Id = "draft-law", By = "parliament", Level = "lawmaking", Ai = "support" });

        var facts = FactsBuilder.Build(proposal);

        Assert.True(facts.AuthorizedUsesAi);
        Assert.Equal(["draft-law"], facts.AuthorizedAiDecisions);
        Assert.Equal("mode-2+illegitimate-authorized-by-ai", facts.EfMode);
    }

    [Fact]
    public void Build_StatuteLettingPoliceUseCrimeAnalysisAi_LawAndModeFive()
    {
        var proposal = Statute("of-ai", new Decision { Id = "adopt", By = "parliament", Level = "lawmaking", Ai = "none" },
            new Decision { Id = "allocate-patrols", By = "agency", Level = "implementation", Ai = "support" });

        var facts = FactsBuilder.Build(proposal);

        Assert.True(facts.AiUseUnderMandate);
        Assert.Equal("mode-2+mode-5", facts.EfMode);
    }

    [Fact]
    public void Build_AiSystemGrantsBenefitsAtImplementation_Outsourced()
    {
        var proposal = Statute("of-ai", new Decision { Id = "grant-benefits", By = "model", Level = "implementation", Ai = "decides" });

        var facts = FactsBuilder.Build(proposal);

        Assert.True(facts.DecisionsOutsourcedToAi);
        Assert.Equal(["grant-benefits"], facts.OutsourcedDecisions);
    }

    [Fact]
    public void Build_PrivateVendorSetsPolicyWithAiSupport_NotModeFive()
    {
        var proposal = Statute("by-ai", new Decision { Id = "set-patrol-policy", By = "vendor", Level = "policy", Ai = "support" }) with
        {
            Issuer = "agency",
        };

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.AiUseUnderMandate);
        Assert.False(facts.DemocraticMinimum);
        Assert.Equal("outside-framework", facts.EfMode);
        Assert.Equal("ai-outside-mandate", facts.OutsideFramework);
    }

    [Fact]
    public void Build_MandatedResearchBodyMakingNoPolicy_AdvisoryNotModeFour()
    {
        var proposal = Statute("of-ai", new Decision { Id = "assess", By = "agency", Level = "implementation", Ai = "none" }) with
        {
            Issuer = "agency",
            Instrument = new Instrument { Kind = "research-programme", AiSpecific = true, Binding = "non-binding", Addressees = "public" },
        };

        var facts = FactsBuilder.Build(proposal);

        Assert.Equal("outside-framework", facts.EfMode);
        Assert.Equal("advisory", facts.OutsideFramework);
    }

    [Theory]
    [InlineData("citizens-vote", false)]
    [InlineData("agency", true)]
    public void Build_GoalSettingWithoutAuthorizingAct_FlaggedUnlessPublic(string by, bool flagged)
    {
        var proposal = Statute("of-ai", new Decision { Id = "set-goals", By = by, Level = "goal-setting", Ai = "none" });

        var facts = FactsBuilder.Build(proposal);

        Assert.Equal(flagged, facts.GoalsSetWithoutAuthorization);
    }

    [Fact]
    public void Build_MandatedBodySetsGoalsUnderALawOfItsChain_NotFlagged()
    {
        var proposal = Statute("of-ai", new Decision { Id = "law", By = "parliament", Level = "lawmaking", Ai = "none" },
            new Decision { Id = "set-goals", By = "agency", Level = "goal-setting", Ai = "none" });

        var facts = FactsBuilder.Build(proposal);

        Assert.False(facts.GoalsSetWithoutAuthorization);
    }

    [Fact]
    public void Build_MandateChainSixThousandLinksLong_TracesWithoutOverflow()
    {
        var links = Enumerable.Range(1, 6000).Select(i => Agency with { Id = $"a{i}", MandatedBy = [i == 1 ? "parliament" : $"a{i - 1}"] });
        var proposal = Proposal([People, Parliament, .. links]) with { Issuer = "a6000" };

        var facts = FactsBuilder.Build(proposal);

        Assert.Equal("mandated", facts.IssuerKind);
        Assert.True(facts.ChainComplete);
    }

    [Fact]
    public async Task Build_ThirtyThousandGoalSettingDecisions_LinearNotAPassOverEveryDecisionEach()
    {
        // Each goal-setting decision of a mandated body used to look through every decision for an authorizing act:
        // 10,000 of them, a valid 1 MiB file, took 15 s; 30,000 took minutes.
        const int N = 30_000;
        var agencies = Enumerable.Range(0, N).Select(i => Agency with { Id = $"a{i}" });
        var proposal = Proposal([People, Parliament, .. agencies]) with
        {
            Decisions = [.. Enumerable.Range(0, N).Select(i => new Decision { Id = $"d{i}", By = $"a{i}", Level = "goal-setting", Ai = "none" })],
        };

        var facts = await Task.Run(() => FactsBuilder.Build(proposal)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(facts.GoalsSetWithoutAuthorization);
        Assert.Equal(N, facts.UnauthorizedGoalSetting.Length);
    }

    [Fact]
    public async Task Build_ManyGoalSettingDecisionsAndAuthorizingActsWithNoLevel_EachMissingLevelNamedOnceInFileOrder()
    {
        // Every goal-setting decision depends on the same unstated levels; they are named once each, not once per
        // decision (3,000 x 3,000 would be nine million entries, and took over a minute).
        const int N = 3_000;
        var agencies = Enumerable.Range(0, N).Select(i => Agency with { Id = $"a{i}" });
        var proposal = Proposal([People, Parliament, .. agencies]) with
        {
            Decisions =
            [
                .. Enumerable.Range(0, N).Select(i => new Decision { Id = $"law{N - i}", By = "parliament" }),
                .. Enumerable.Range(0, N).Select(i => new Decision { Id = $"d{i}", By = $"a{i}", Level = "goal-setting", Ai = "none" }),
            ],
        };

        var facts = await Task.Run(() => FactsBuilder.Build(proposal)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(facts.GoalsSetWithoutAuthorization);
        Assert.Equal(Enumerable.Range(0, N).Select(i => $"decisions[law{N - i}].level"), facts.Missing[nameof(ProposalFacts.GoalsSetWithoutAuthorization)]);
    }

    [Fact]
    public void Build_AiSystemDecidesPolicy_OutsourcedEvenWithoutDirection()
    {
        var proposal = Proposal(new Entity { Id = "model", Kind = "ai-system" }) with
        {
            Decisions = [new Decision { Id = "d", By = "model", Level = "policy", Ai = "decides" }],
        };

        var facts = FactsBuilder.Build(proposal);

        Assert.True(facts.DecisionsOutsourcedToAi);
    }

    private static readonly Entity People = new() { Id = "people", Kind = "public" };
    private static readonly Entity Parliament = new() { Id = "parliament", Kind = "authorized", AuthorizedBy = "people", Authorization = "election" };
    private static readonly Entity Agency = new()
    {
        Id = "agency",
        Kind = "mandated",
        MandatedBy = ["parliament"],
        AccountableTo = ["parliament"],
        RevocableBy = ["parliament"],
        Transparency = ["public-reports"],
    };

    /// <summary>An AI-specific law by an elected parliament, with an agency, a public vote, a vendor and an AI system to take decisions.</summary>
    private static Proposal Statute(string direction, params Decision[] decisions) =>
        Proposal(People, Parliament, Agency, new Entity { Id = "citizens-vote", Kind = "public" },
            new Entity { Id = "vendor", Kind = "private" }, new Entity { Id = "model", Kind = "ai-system" }) with
        {
            Direction = direction,
            Issuer = "parliament",
            Instrument = new Instrument { Kind = "law", AiSpecific = true, Binding = "binding", Addressees = "public" },
            Decisions = decisions,
        };

    private static Proposal Proposal(params Entity[] entities) => new() { Id = "p", Title = "P", Entities = entities };
}
