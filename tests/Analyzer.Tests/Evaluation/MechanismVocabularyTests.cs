using static Analyzer.Tests.Evaluation.ShippedCriteria;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// RH-12 and VMG-08 count the enumerated mechanisms of 'cooperation.implementation' and 'instrument.enforcement';
/// free text beside them is kept as stated but no rule counts it, however close its wording.
/// </summary>
public sealed class MechanismVocabularyTests
{
    private const string IgoPrinciples = """
        id: igo-principles
        title: Principles adopted by an intergovernmental organization
        issuer: secretariat
        entities:
          - {id: peoples, kind: public}
          - {id: member-governments, kind: authorized, authorizedBy: peoples, authorization: election}
          - {id: secretariat, kind: mandated, mandatedBy: [member-governments]}
        instrument: {kind: principles, binding: non-binding, territory: global}
        """;

    private const string UseLicence = """
        id: use-licence
        title: Behavioural-use licence for released model weights
        modalities: [contract-licence]
        instrument: {kind: licence, territory: global, enforcement: [licence-revocation]}
        """;

    [Theory]
    [InlineData("[peer-review]", "met")]
    [InlineData("[monitoring, technical-assistance]", "met")]
    [InlineData("[monitoring]", "not-met")]
    [InlineData("[\"peer review of national action plans\"]", "not-met")]
    [InlineData("[peer-review-of-members]", "not-met")]
    public void Evaluate_ImplementationOfIgoPrinciples_CountsOnlyEnumeratedMeans(string implementation, string expected)
    {
        var proposal = FromYaml(IgoPrinciples + $"\ncooperation: {{implementation: {implementation}}}\n");

        Assert.Equal(expected, Outcome("RH-12", proposal));
    }

    [Theory]
    [InlineData("[monitoring]", "met")]
    [InlineData("[flow-down-of-use-restrictions, audits]", "met")]
    [InlineData("[flow-down-of-use-restrictions]", "not-met")]
    [InlineData("[monitoring-of-registered-licensees]", "not-met")]
    [InlineData("[\"we monitor and audit licensees\"]", "not-met")]
    public void Evaluate_LicenceDownstreamMonitoring_CountsOnlyEnumeratedMeans(string implementation, string expected)
    {
        var proposal = FromYaml(UseLicence + $"\ncooperation: {{implementation: {implementation}}}\n");

        Assert.Equal(expected, Outcome("VMG-08", proposal));
    }

    [Fact]
    public void Evaluate_LicenceEnforcedOnlyByFreeText_NotMet()
    {
        var proposal = FromYaml(UseLicence.Replace("[licence-revocation]", "[\"suit for breach in national courts\"]", StringComparison.Ordinal)
            + "\ncooperation: {implementation: [monitoring]}\n");

        Assert.Equal("not-met", Outcome("VMG-08", proposal));
    }
}
