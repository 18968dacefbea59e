using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using static Analyzer.Tests.Evaluation.ShippedCriteria;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// RH-18 is the legitimacy counterpart of RH-05: Roberts et al. (R9, abstract SSRN/unibo) find a new central
/// institution less legitimate as well as less viable than strengthening the existing regime complex.
/// </summary>
public sealed class PathwayLegitimacyTests
{
    [Theory]
    [InlineData("{pathway: strengthen-existing}", "met")]
    [InlineData("{pathway: new-institution}", "not-met")]
    [InlineData("{pathway: hybrid, linkedInstitutions: [oecd]}", "met")]
    [InlineData("{pathway: hybrid, linkedInstitutions: []}", "not-met")]
    [InlineData("{pathway: hybrid}", "not-stated")]
    [InlineData("{}", "not-stated")]
    public void Evaluate_Pathway_LegitimacyReadLikeViability(string cooperation, string expected)
    {
        var proposal = FromYaml($"id: p\ntitle: P\ncooperation: {cooperation}\n");

        Assert.Equal(expected, Outcome("RH-18", proposal));
        Assert.Equal(expected, Outcome("RH-05", proposal));
    }

    [Fact]
    public void Load_PathwayCriteria_OneScoresLegitimacyTheOtherFeasibility()
    {
        Assert.Equal(Dimension.Legitimacy, Pack.Find("RH-18")!.Dimension);
        Assert.Equal(Dimension.Feasibility, Pack.Find("RH-05")!.Dimension);
    }

    [Fact]
    public void Evaluate_ShippedExamples_RH18AgreesWithRH05Everywhere()
    {
        foreach (var file in ProposalFinder.Find([Repo.Proposals]).Files)
        {
            var proposal = new ProposalReader().Read(file).Proposal!;

            Assert.True(Outcome("RH-05", proposal) == Outcome("RH-18", proposal), $"{proposal.Id}: RH-05 and RH-18 differ");
        }
    }
}
