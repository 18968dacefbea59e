using Analyzer.Core;
using static Analyzer.Tests.Evaluation.ShippedCriteria;

namespace Analyzer.Tests.Rules;

/// <summary>
/// Criteria that judge a stated field standing in for what the paper asks (tagged INF). Each test pins the current
/// answer on a small design where a reader of the paper would question it, and says why: these are the proxies' known
/// limits, kept visible so that a format field that closes one shows up as a deliberate change here.
/// </summary>
public sealed class ProxyLimitTests
{
    [Theory]
    [InlineData("VMG-09")]
    [InlineData("VMG-11")]
    [InlineData("HO-S5")]
    [InlineData("HO-C4")]
    [InlineData("HO-F4")]
    public void Load_ProxyCriterion_TaggedAsOurInference(string id)
    {
        Assert.Contains("INF", Pack.Find(id)!.Evidence);
    }

    [Fact]
    public void Evaluate_PrivateStandardThatALawCites_VMG09NotMet()
    {
        // The paper's public answer to value-laden standards includes hybrid and co-regulatory set-ups, where a private
        // body drafts a standard that a law then cites (V8). The proxy sees only the issuer's kind and the modalities, so
        // the link stated in 'linkedInstitutions' does not count and the standard is judged as if it had no public hook.
        var proposal = FromYaml("""
            id: harmonised-standard
            title: Harmonised standard for AI risk management, cited by a regional AI law
            issuer: standards-body
            entities: [{id: standards-body, kind: private}]
            modalities: [standard]
            cooperation: {linkedInstitutions: [regional-ai-law]}
            """);

        Assert.Equal("not-met", Outcome("VMG-09", proposal));
    }

    [Fact]
    public void Evaluate_ExtraterritorialLawLinkedOnlyToAnIgo_VMG11Met()
    {
        // The paper points to neighbouring legal regimes (data protection, intellectual property, competition) that
        // already constrain AI across borders. Any linked institution stands in for them, so a law that links only to
        // an intergovernmental forum, and names no neighbouring regime, passes.
        var proposal = FromYaml("""
            id: ai-liability-law
            title: National AI liability law with extraterritorial reach
            modalities: [extraterritorial-law]
            instrument: {kind: law, territory: national, extraterritorial: true}
            cooperation: {linkedInstitutions: [oecd]}
            """);

        Assert.Equal("met", Outcome("VMG-11", proposal));
    }

    [Fact]
    public void Evaluate_SafetyProjectWithOneSmallFunder_HOS5Met()
    {
        // The AI Safety Project is meant to work at larger scale, with top researchers and engineers, compute and
        // models. A named cost-bearer stands in for adequate funding, so a single small foundation paying for a
        // frontier-scale project passes, and compute is never looked at.
        var proposal = FromYaml("""
            id: small-safety-project
            title: Joint safety research project funded by one foundation
            costBearers: [a-small-foundation]
            institution: {model: safety-project, participants: [academia, industry]}
            """);

        Assert.Equal("met", Outcome("HO-S5", proposal));
    }

    [Fact]
    public void Evaluate_CommissionListingImplementationMeans_HOC4LabelsThemAsOutputs()
    {
        // A Commission's outputs are consensus assessments, public understanding and expert advice. The label copies
        // 'cooperation.implementation', so means of implementation are reported as if they were the commission's outputs.
        var proposal = FromYaml("""
            id: commission-with-peer-review
            title: Commission on frontier AI that also reviews members
            institution: {model: commission}
            cooperation: {implementation: [peer-review, technical-assistance]}
            """);

        var result = Result("HO-C4", proposal);

        Assert.Equal("met", Kebab.Name(result.Outcome));
        Assert.Equal("peer-review;technical-assistance", result.Label);
    }

    [Fact]
    public void Evaluate_CollaborativeWithGovernmentsButNoCommunities_HOF4Met()
    {
        // The Collaborative should serve underserved communities, who should have a say. Low- and middle-income states
        // in the decisions stand in for that voice, so a partnership of governments and firms with no civil society
        // and no community representation passes.
        var proposal = FromYaml("""
            id: access-partnership
            title: Frontier AI access partnership of governments and firms
            rationales: [benefit-sharing]
            institution: {model: collaborative, participants: [governments, industry]}
            cooperation: {globalSouthIncluded: true}
            """);

        Assert.Equal("met", Outcome("HO-F4", proposal));
    }

    [Fact]
    public void Evaluate_CollaborativeServingCommunitiesInRicherStates_HOF4NotMet()
    {
        // The same stand-in fails the other way: a collaborative for underserved communities inside richer states, with
        // their organizations among the participants, is not met because no low- or middle-income state decides.
        var proposal = FromYaml("""
            id: domestic-access-partnership
            title: Access partnership for underserved communities in member states
            rationales: [benefit-sharing]
            beneficiaries: [underserved-communities-in-member-states]
            institution: {model: collaborative, participants: [governments, industry, civil-society]}
            cooperation: {globalSouthIncluded: false}
            """);

        Assert.Equal("not-met", Outcome("HO-F4", proposal));
    }
}
