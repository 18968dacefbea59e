using Analyzer.Core;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;
using Analyzer.Tests.Evaluation;

namespace Analyzer.Tests.Scoring;

public sealed class LiftPlannerTests
{
    private static readonly RulePack Pack = new()
    {
        Version = "t",
        Bands = [new ScoringBand(Verdict.Strong, 75), new ScoringBand(Verdict.Moderate, 50), new ScoringBand(Verdict.Weak, 0)],
    };

    [Fact]
    public void Plan_Moderate_FewestHeaviestCriteriaThatReachStrong()
    {
        // 10 of 20 met (50.0, moderate); strong needs 15: the 4 and the 2 reach 16 (80.0), three light ones would not.
        var lift = Plan(("met", 10, false), ("not-met", 2, false), ("not-stated", 4, false), ("not-met", 1, false), ("not-met", 1, false), ("not-stated", 2, false));

        Assert.Equal(LiftGoal.NextBand, lift.Goal);
        Assert.Equal((Verdict.Moderate, Verdict.Strong), (lift.From, lift.To));
        Assert.Equal(["T-2", "T-1"], lift.Steps.Select(s => s.Result.Criterion.Id)); // equal weights: not-met (a change) before not-stated (a question)
        Assert.Equal([20.0, 10.0], lift.Steps.Select(s => s.ScoreGain));
        Assert.Equal(80.0, lift.ScoreAfter);
    }

    [Fact]
    public void Plan_EqualWeights_AChangeToMakeBeforeAQuestionToAnswerWhateverThePackOrder()
    {
        // 10 of 14 met (71.4, moderate); strong needs 75: one criterion of weight 2 is enough, and of the two the
        // not-met one is proposed although the not-stated one comes first in the pack.
        var lift = Plan(("met", 10, false), ("not-stated", 2, false), ("not-met", 2, false));

        Assert.Equal(LiftGoal.NextBand, lift.Goal);
        Assert.Equal(["T-2"], lift.Steps.Select(s => s.Result.Criterion.Id));
        Assert.Equal(85.7, lift.ScoreAfter);
    }

    [Fact]
    public void Plan_FailsNecessary_EveryBlockingNecessaryCriterionAndNothingElse()
    {
        var lift = Plan(("met", 6, false), ("not-met", 2, true), ("not-stated", 1, true), ("not-met", 5, false));

        Assert.Equal(LiftGoal.ClearNecessary, lift.Goal);
        Assert.Equal(["T-1", "T-2"], lift.Steps.Select(s => s.Result.Criterion.Id));
        Assert.Equal(64.3, lift.ScoreAfter);
        Assert.Equal(Verdict.Moderate, lift.To);
    }

    [Fact]
    public void Plan_TopBand_NothingToDo()
    {
        var lift = Plan(("met", 8, false), ("not-met", 1, false));

        Assert.Equal(LiftGoal.TopBand, lift.Goal);
        Assert.Empty(lift.Steps);
    }

    [Fact]
    public void Plan_NothingStated_AsksTheQuestionsFirstRatherThanClaimingOneCriterionGivesStrong()
    {
        var lift = Plan(("not-stated", 3, false), ("not-stated", 2, false));

        Assert.Equal(LiftGoal.NothingStated, lift.Goal);
        Assert.Empty(lift.Steps);
    }

    [Fact]
    public void Plan_NoCriterionApplies_SaysSo()
    {
        Assert.Equal(LiftGoal.NothingApplies, Plan(("not-applicable", 3, false)).Goal);
    }

    /// <summary>
    /// On every shipped example and both dimensions, meeting the planned criteria and scoring again gives exactly the
    /// promised score and verdict, and leaving out the lightest step falls short: the set is sufficient and no
    /// smaller set of the same criteria would do.
    /// </summary>
    [Fact]
    public void Plan_ShippedExamples_StepsReachThePromisedVerdictAndNoneIsSpare()
    {
        var pack = ShippedCriteria.Pack;
        var (files, _) = ProposalFinder.Find([Repo.Proposals]);
        var assessor = new ProposalAssessor(pack);
        var scorer = new Scorer(pack);
        var planner = new LiftPlanner(pack);
        var checkedLifts = 0;
        foreach (var file in files.Select(new ProposalReader().Read))
        {
            var score = assessor.Assess(file);
            foreach (var dimension in new[] { Core.Rules.Dimension.Legitimacy, Core.Rules.Dimension.Feasibility })
            {
                var lift = planner.Plan(score, dimension);
                if (lift.Steps.Count == 0)
                {
                    continue;
                }
                var after = Of(scorer.Score(Met(score.Assessment, lift.Steps)), dimension);
                Assert.Equal((lift.ScoreAfter, lift.To), (after.Score, after.Verdict));
                Assert.NotEqual(lift.From, lift.To);
                if (lift.Goal == LiftGoal.NextBand)
                {
                    var fewer = Of(scorer.Score(Met(score.Assessment, lift.Steps.SkipLast(1))), dimension);
                    Assert.Equal(lift.From, fewer.Verdict);
                }
                checkedLifts++;
            }
        }
        Assert.True(checkedLifts > 50, $"only {checkedLifts} lifts were checked");
    }

    private static DimensionScore Of(ProposalScore score, Dimension dimension) =>
        dimension == Core.Rules.Dimension.Legitimacy ? score.Legitimacy : score.Feasibility;

    private static Assessment Met(Assessment assessment, IEnumerable<LiftStep> steps)
    {
        var ids = steps.Select(s => s.Result.Criterion.Id).ToHashSet();
        return assessment with { Results = [.. assessment.Results.Select(r => ids.Contains(r.Criterion.Id) ? r with { Outcome = Outcome.Met } : r)] };
    }

    private static Lift Plan(params (string Outcome, int Weight, bool Necessary)[] results)
    {
        var assessment = new Assessment
        {
            Results = results.Select((r, i) => new CriterionResult
            {
                Outcome = Kebab.TryParse<Outcome>(r.Outcome, out var o) ? o : throw new ArgumentException(r.Outcome),
                Criterion = new Criterion
                {
                    Id = $"T-{i}",
                    Dimension = Core.Rules.Dimension.Legitimacy,
                    Weight = r.Weight,
                    Necessity = r.Necessary ? Necessity.Necessary : Necessity.Contributory,
                },
            }).ToList(),
        };
        return new LiftPlanner(Pack).Plan(new Scorer(Pack).Score(assessment), Core.Rules.Dimension.Legitimacy);
    }
}
