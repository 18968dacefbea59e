using Analyzer.Core;
using Analyzer.Core.Proposals;
using static Analyzer.Tests.Evaluation.ShippedCriteria;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// RH-16 (inclusive participation) and HO-05 (bundled functions) judge international designs only. A design is
/// international when states act together or it applies worldwide; a single polity's own design is not; when the
/// stated fields settle neither, the criteria ask for territory and membership instead of judging.
/// </summary>
public sealed class InternationalScopeTests
{
    private const string ConflictingBundle = "functions: [distribute-access, monitor-compliance]";

    [Theory]
    [InlineData("national", null, null, "not-applicable")]
    [InlineData("regional", "single-polity", null, "not-applicable")]
    [InlineData("regional", null, "extraterritorial-law", "not-applicable")]
    [InlineData(null, "single-polity", null, "not-applicable")]
    [InlineData("global", null, null, "not-met")]
    [InlineData("global", null, "extraterritorial-law", "not-met")]
    [InlineData("national", "intergovernmental", null, "not-met")]
    [InlineData("regional", null, "international-agreement", "not-met")]
    [InlineData("regional", "multistakeholder", null, "not-met")]
    [InlineData("regional", null, null, "not-stated")]
    [InlineData(null, "industry", null, "not-stated")]
    [InlineData(null, null, null, "not-stated")]
    public void Evaluate_Scope_InternationalDesignsOnly(string? territory, string? membership, string? modality, string expected)
    {
        var inclusion = Design(territory, membership, modality, institution: null, "cooperation: {globalSouthIncluded: false}");
        var bundle = Design(territory, membership, modality, ConflictingBundle, "");

        Assert.Equal(expected, Outcome("RH-16", inclusion));
        Assert.Equal(expected, Outcome("HO-05", bundle));
    }

    [Theory]
    [InlineData("regional", null, "institution.membership")]
    [InlineData(null, "industry", "instrument.territory")]
    [InlineData(null, null, "instrument.territory;institution.membership")]
    public void Evaluate_ScopeUnsettled_AsksForTheFieldsThatWouldSettleIt(string? territory, string? membership, string missing)
    {
        var proposal = Design(territory, membership, null, institution: null, "cooperation: {globalSouthIncluded: true}");

        var result = Result("RH-16", proposal);

        Assert.Equal("not-stated", Kebab.Name(result.Outcome));
        Assert.Equal(missing.Split(';'), result.MissingFields);
    }

    [Fact]
    public void Evaluate_ScopeUnsettledInsideStatedSections_NamesTheExactFields()
    {
        var proposal = FromYaml("id: p\ntitle: P\ninstrument: {kind: law}\ninstitution: {model: none}\ncooperation: {globalSouthIncluded: true}\n");

        Assert.Equal(["instrument.territory", "institution.membership"], Result("RH-16", proposal).MissingFields);
    }

    [Theory]
    [InlineData("data-law-links-a")]
    [InlineData("eu-ai-act")]
    [InlineData("gdpr")]
    public void Evaluate_SinglePolityStatute_InclusionAndBundlingNotApplicable(string id)
    {
        var statute = Shipped(id);

        Assert.Equal("not-applicable", Outcome("RH-16", statute));
        Assert.Equal("not-applicable", Outcome("HO-05", statute));
    }

    private static Proposal Design(string? territory, string? membership, string? modality, string? institution, string extra)
    {
        var lines = new List<string> { "id: p", "title: P", extra };
        if (territory is not null)
        {
            lines.Add($"instrument: {{territory: {territory}}}");
        }
        var inInstitution = new[] { institution, membership is null ? null : $"membership: {membership}" }.OfType<string>().ToList();
        if (inInstitution.Count > 0)
        {
            lines.Add($"institution: {{{string.Join(", ", inInstitution)}}}");
        }
        if (modality is not null)
        {
            lines.Add($"modalities: [{modality}]");
        }
        return FromYaml(string.Join("\n", lines) + "\n");
    }
}
