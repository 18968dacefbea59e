using System.Reflection;
using System.Text;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Explaining;
using Analyzer.Core.Facts;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Tests.Explaining;

public sealed class ChainViewBuilderTests
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;

    [Fact]
    public void Build_SeveralMandators_DrawnUnderTheFirstAndNamedUnderTheOthers()
    {
        var view = View("""
            id: x
            title: X
            entities:
              - {id: people, kind: public}
              - {id: parliament, kind: authorized, authorizedBy: people, authorization: election}
              - {id: ministry, kind: mandated, mandatedBy: [parliament]}
              - {id: agency, kind: mandated, mandatedBy: [parliament, ministry]}
            """);

        var agency = Entity(view, "agency");
        Assert.Equal("parliament", agency.Parent!.Id);
        Assert.Equal(["ministry"], agency.OtherMandators.Select(m => m.Id));
        Assert.Contains(new ReferenceBranch(agency), Entity(view, "ministry").Branches);
        Assert.Single(view.Entities.SelectMany(e => e.Branches).OfType<EntityBranch>(), b => b.Entity == agency);
    }

    [Fact]
    public void Build_MandatorNotReached_HangsUnderTheFirstReachedOne()
    {
        var view = View("""
            id: x
            title: X
            entities:
              - {id: people, kind: public}
              - {id: parliament, kind: authorized, authorizedBy: people, authorization: election}
              - {id: firm, kind: private}
              - {id: agency, kind: mandated, mandatedBy: [firm, parliament]}
            """);

        Assert.Equal("parliament", Entity(view, "agency").Parent!.Id);
        Assert.True(Entity(view, "agency").Reached);
        Assert.Equal(["firm"], view.UntracedRoots.Select(e => e.Id));
        // Its class is what the links trace to, whatever it hangs under: a private mandator breaks the mandate.
        Assert.Equal(EntityClass.Private, Entity(view, "agency").Class);
        Assert.Contains(Entity(view, "agency").Marks, m => m.Criterion.Id == "EF-06" && m.Gap == "mandatedBy -> firm (private)");
    }

    [Fact]
    public void Build_UnstatedLinks_ClassUnknownAndTheCriteriaMarkedNotStatedOnTheEntity()
    {
        var view = View("""
            id: x
            title: X
            issuer: agency
            entities:
              - {id: people, kind: public}
              - {id: agency, kind: mandated}
            decisions: []
            """);

        var agency = Entity(view, "agency");
        Assert.Null(agency.Class);
        Assert.Equal(["entities[agency].mandatedBy"], agency.ClassMissing);
        Assert.False(agency.Reached);
        Assert.Equal(["agency"], view.UntracedRoots.Select(e => e.Id));
        Assert.Contains(agency.Marks, m => m.Criterion.Id == "EF-06" && m.Outcome == Outcome.NotStated && m.Field == "mandatedBy");
    }

    [Fact]
    public void Build_MarksComeFromTheResults_EveryNotMetDetailNameIsPlaced()
    {
        var assessment = Assess(File.ReadAllBytes(Path.Combine(Repo.Proposals, "walkthrough", "ai-incident-board-draft-1.yaml")));
        var view = ChainViewBuilder.Build(assessment, Pack);

        foreach (var result in assessment.Results.Where(r => r.Outcome == Outcome.NotMet && r.Detail is { Length: > 0 }))
        {
            var marked = view.Entities.SelectMany(e => e.Marks).Concat(view.Decisions.SelectMany(d => d.Marks));
            Assert.Contains(marked, m => m.Criterion == result.Criterion);
            Assert.Contains(view.Key, k => k.Result == result && k.Placed && k.UnplacedNames.Count == 0);
        }
        Assert.Equal(["EF-12", "EF-14"], view.Decisions.Single(d => d.Decision.Id == "set-review-priorities").Marks.Select(m => m.Criterion.Id));
    }

    [Fact]
    public void Build_Classifications_OnePerPaperFromTheColumnOrTheLabelledScoredCriteria()
    {
        var view = ChainViewBuilder.Build(Assess(File.ReadAllBytes(Path.Combine(Repo.Proposals, "eu-ai-act.yaml"))), Pack);

        Assert.Equal(
            ["erman-furendal-2024: EF-11 = mode-2", "ho-et-al-2023: HO-04 = governance-organization", "roberts-et-al-2024: RH-05,RH-18 = strengthen-existing",
                "veale-matus-gorwa-2023: VMG-03 = extraterritorial-law;standard"],
            view.Classifications.Select(c => $"{c.Paper.Key}: {string.Join(',', c.Results.Select(r => r.Criterion.Id))} = {c.Label}"));
    }

    [Fact]
    public void Words_Chinese_FullWidthPunctuationAndTheDigestsTerms()
    {
        var zh = ExplainWords.For(Language.Zh);
        var texts = typeof(ExplainWords).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.Name is not ("Colon" or "Comma" or "ListSeparator" or "Open" or "Close" or "Semicolon" or "Dash" or "Stop" or "NotStatedMark"))
            .Select(p => (string)p.GetValue(zh)!)
            .Concat(zh.Classes.Values).Concat(zh.Authorizations.Values).Concat(zh.Levels.Values).Concat(zh.AiRoles.Values)
            .Concat(LabelGlosses.All.Select(g => g.Zh))
            .ToList();

        Assert.All(texts, text => Assert.Empty(CriterionMetadata.ChineseStyle(text)));
        Assert.Equal("托管实体", zh.Classes[EntityClass.Mandated]);
        Assert.Equal("授权实体", zh.Classes[EntityClass.Authorized]);
        Assert.Equal("公众", zh.Classes[EntityClass.Public]);
    }

    private static ChainEntity Entity(ChainView view, string id) => view.Entities.Single(e => e.Id == id);

    private static ChainView View(string yaml) => ChainViewBuilder.Build(Assess(Encoding.UTF8.GetBytes(yaml)), Pack);

    private static Assessment Assess(byte[] bytes)
    {
        var file = ProposalReader.Read("x.yaml", bytes);
        Assert.True(file.IsUsable, string.Join('\n', file.Problems));
        return new ProposalAssessor(Pack).Assess(file).Assessment;
    }
}
