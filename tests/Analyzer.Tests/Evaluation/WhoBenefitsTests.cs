using static Analyzer.Tests.Evaluation.ShippedCriteria;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// VMG-05 flags a design whose main beneficiaries are the actors it claims to constrain: its cost-bearers, or the
/// issuer when the rules bind only the issuer. Drafters who benefit are no longer the test.
/// </summary>
public sealed class WhoBenefitsTests
{
    private const string Firm = "id: p\ntitle: P\nissuer: firm\nentities: [{id: firm, kind: private}]\n";

    [Theory]
    [InlineData("beneficiaries: [member-firms, public]\ncostBearers: [member-firms]\ndrafters: [regulator]", "not-met")]
    [InlineData("beneficiaries: [public]\ncostBearers: [member-firms]\ndrafters: [member-firms]", "met")]
    [InlineData("beneficiaries: [firm, users]\ncostBearers: [shareholders]\ndrafters: [firm]\ninstrument: {addressees: issuer-only}", "not-met")]
    [InlineData("beneficiaries: [firm, users]\ncostBearers: [shareholders]\ndrafters: [firm]\ninstrument: {addressees: sector}", "met")]
    [InlineData("beneficiaries: [users]\ncostBearers: [firm]\ndrafters: [firm]\ninstrument: {addressees: issuer-only}", "met")]
    [InlineData("beneficiaries: [firm, users]\ncostBearers: [shareholders]\ndrafters: [firm]", "not-stated")]
    [InlineData("beneficiaries: [users]\ncostBearers: [firm]", "not-stated")]
    public void Evaluate_Beneficiaries_ComparedWithThoseConstrained(string fields, string expected)
    {
        var proposal = FromYaml(Firm + fields + "\n");

        Assert.Equal(expected, Outcome("VMG-05", proposal));
    }

    [Fact]
    public void Evaluate_IssuerAmongBeneficiariesAddresseesUnknown_AsksForAddressees()
    {
        var proposal = FromYaml(Firm + "beneficiaries: [firm]\ncostBearers: [shareholders]\ndrafters: [firm]\n");

        Assert.Equal(["instrument"], Result("VMG-05", proposal).MissingFields);
    }

    [Theory]
    [InlineData("frontier-model-forum", "not-met")]
    [InlineData("company-ethics-board", "not-met")]
    [InlineData("partnership-on-ai", "met")]
    [InlineData("eu-ai-act", "met")]
    public void Evaluate_ShippedExample_FlagsOnlySelfBenefitOfTheConstrained(string id, string expected)
    {
        Assert.Equal(expected, Outcome("VMG-05", Shipped(id)));
    }
}
