using Analyzer.Core;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Tests.Evaluation;

public sealed class ProposalEvaluatorTests
{
    private readonly ProposalEvaluator _evaluator = new(ShippedCriteria.Pack);

    [Fact]
    public void Evaluate_OnlyIdAndTitle_HasNoNotMetOutcome()
    {
        var assessment = _evaluator.Evaluate(new ProposalReader().Read(Repo.TestData("proposals", "only-id-and-title.yaml")));

        Assert.DoesNotContain(assessment.Results, r => r.Outcome == Outcome.NotMet);
        Assert.DoesNotContain(assessment.Results, r => r.Outcome == Outcome.Error);
        Assert.Contains(assessment.Results, r => r.Criterion.Id == "EF-14" && r.Outcome == Outcome.NotStated);
    }

    [Fact]
    public void Evaluate_RuleThrowsAnyException_IsThatCriterionsErrorNotACrash()
    {
        var criterion = new Criterion { Id = "T-01", Holds = (_, _) => throw new FormatException("Index (zero based) must be greater than or equal to zero.") };

        var result = ProposalEvaluator.Evaluate(criterion, new Proposal { Id = "p", Title = "P" }, new ProposalFacts());

        Assert.Equal(Outcome.Error, result.Outcome);
        Assert.StartsWith("FormatException: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingRevocation_IsNotStatedNamingTheEntityField()
    {
        var result = ShippedCriteria.Result("EF-08", new Proposal
        {
            Id = "p",
            Title = "P",
            Entities =
            [
                new Entity { Id = "people", Kind = "public" },
                new Entity { Id = "parliament", Kind = "authorized", AuthorizedBy = "people", Authorization = "election" },
                new Entity { Id = "agency", Kind = "mandated", MandatedBy = ["parliament"] },
            ],
        });

        Assert.Equal(Outcome.NotStated, result.Outcome);
        Assert.Equal(["entities[agency].revocableBy"], result.MissingFields);
    }

    [Fact]
    public void Evaluate_NoMandatedEntity_RevocationIsNotApplicable()
    {
        var result = ShippedCriteria.Result("EF-08", new Proposal { Id = "p", Title = "P", Entities = [new Entity { Id = "people", Kind = "public" }] });

        Assert.Equal(Outcome.NotApplicable, result.Outcome);
    }

    [Theory]
    [InlineData("strengthen-existing", "met")]
    [InlineData("new-institution", "not-met")]
    [InlineData("hybrid", "not-stated")]
    public void Evaluate_ConditionalRequirement_NeededOnlyWhenTheStatedFactsMakeItMatter(string pathway, string outcome)
    {
        var result = ShippedCriteria.Result("RH-05", new Proposal { Id = "p", Title = "P", Cooperation = new Cooperation { Pathway = pathway } });

        Assert.Equal(outcome, Kebab.Name(result.Outcome));
        Assert.Equal(outcome == "not-stated" ? ["cooperation.linkedInstitutions"] : [], result.MissingFields);
    }

    [Fact]
    public void Evaluate_ExpressionThatThrows_IsAnErrorNotANotMet()
    {
        var criterion = ShippedCriteria.Pack.Find("EF-01")! with { Requires = [] };

        var result = ProposalEvaluator.Evaluate(criterion, new Proposal { Id = "p", Title = "P" }, new ProposalFacts());

        Assert.Equal(Outcome.Error, result.Outcome);
        Assert.StartsWith("ArgumentNullException", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agency-revocable-a.yaml", "agency-revocable-b.yaml", "EF-08")]
    [InlineData("crime-ai-support-a.yaml", "crime-ai-support-b.yaml", "EF-14")]
    [InlineData("code-addressees-a.yaml", "code-addressees-b.yaml", "EF-15")]
    [InlineData("regime-pathway-a.yaml", "regime-pathway-b.yaml", "RH-05")]
    [InlineData("regime-pathway-a.yaml", "regime-pathway-b.yaml", "RH-18")]
    [InlineData("declaration-revision-a.yaml", "declaration-revision-b.yaml", "RH-15")]
    public void Evaluate_TeachingPair_FlipsOneCriterion(string metFile, string notMetFile, string criterion)
    {
        var met = ShippedCriteria.Result(criterion, Read(metFile));
        var notMet = ShippedCriteria.Result(criterion, Read(notMetFile));

        Assert.Equal(Outcome.Met, met.Outcome);
        Assert.Equal(Outcome.NotMet, notMet.Outcome);
    }

    private static Proposal Read(string file) => new ProposalReader().Read(Path.Combine(Repo.Proposals, file)).Proposal!;
}
