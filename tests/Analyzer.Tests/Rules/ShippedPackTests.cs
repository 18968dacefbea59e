using Analyzer.Core.Evaluation;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Tests.Rules;

/// <summary>Verdicts the papers give across examples, checked on the shipped pack and proposals.</summary>
public sealed class ShippedPackTests
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;
    private static readonly IReadOnlyList<ProposalScore> Examples =
        [.. ProposalFinder.Find([Repo.Proposals]).Files.Select(f => new ProposalAssessor(Pack).Assess(new ProposalReader().Read(f)))];

    [Theory]
    [InlineData("erman-furendal-2024", 18)]
    [InlineData("roberts-et-al-2024", 18)]
    [InlineData("ho-et-al-2023", 24)]
    [InlineData("veale-matus-gorwa-2023", 13)]
    public void Load_ShippedPack_EncodesEveryCatalogueCriterion(string paper, int count)
    {
        Assert.Equal(count, Pack.Criteria.Count(c => c.Paper == paper));
    }

    [Fact]
    public void Assess_ShippedExamples_NoErrorOutcomes()
    {
        Assert.DoesNotContain(Examples.SelectMany(s => s.Assessment.Results), r => r.Outcome == Outcome.Error);
    }

    // Ho et al. name open challenges per model; a model is judged only by its own (DIG-3 ¶3-6).
    [Theory]
    [InlineData("commission", 'C')]
    [InlineData("governance-organization", 'G')]
    [InlineData("collaborative", 'F')]
    [InlineData("safety-project", 'S')]
    public void Assess_HoModel_OnlyItsOwnChallengesApply(string model, char letter)
    {
        var ofModel = Examples.Where(s => s.Assessment.Proposal.Institution?.Model == model).ToList();

        Assert.NotEmpty(ofModel);
        foreach (var result in ofModel.SelectMany(s => s.Assessment.Results).Where(r => IsChallenge(r.Criterion.Id)))
        {
            var own = result.Criterion.Id[3] == letter;
            Assert.True(own != (result.Outcome == Outcome.NotApplicable), $"{result.Criterion.Id} is {result.Outcome} for a {model}");
        }
    }

    // Roberts et al.: a new centralized institution is less viable, and less legitimate, than strengthening
    // existing ones (R9, ABS SSRN/unibo); RH-05 scores the first half and RH-18 the second.
    [Theory]
    [InlineData("pathway-a", "pathway-b")]
    [InlineData("regime-pathway-a", "regime-pathway-b")]
    public void Assess_PathwayPair_NewInstitutionLessFeasibleAndLessLegitimate(string strengthenId, string buildId)
    {
        var strengthen = Score(strengthenId);
        var build = Score(buildId);

        Assert.True(strengthen.Feasibility.Score > build.Feasibility.Score,
            $"strengthen-existing {strengthen.Feasibility.Score} vs new-institution {build.Feasibility.Score}");
        Assert.True(strengthen.Legitimacy.Score > build.Legitimacy.Score,
            $"strengthen-existing {strengthen.Legitimacy.Score} vs new-institution {build.Legitimacy.Score}");
    }

    // Roberts et al.: private-sector bodies rest on voluntary participation, without binding force (R6, R7).
    [Theory]
    [InlineData("frontier-model-forum")]
    [InlineData("partnership-on-ai")]
    public void Assess_PrivateVoluntaryBody_FlaggedByRoberts(string id)
    {
        Assert.Equal(Outcome.NotMet, Score(id).Assessment.Results.Single(r => r.Criterion.Id == "RH-13").Outcome);
    }

    private static bool IsChallenge(string id) => id.Length > 4 && id.StartsWith("HO-", StringComparison.Ordinal) && char.IsLetter(id[3]);

    private static ProposalScore Score(string id) => Examples.Single(s => s.Assessment.Proposal.Id == id);
}
