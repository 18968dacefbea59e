using Analyzer.Core;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Tests.Scoring;

public sealed class ScorerTests
{
    private static readonly RulePack Pack = new()
    {
        Version = "t",
        Bands = [new ScoringBand(Verdict.Strong, 75), new ScoringBand(Verdict.Moderate, 50), new ScoringBand(Verdict.Weak, 0)],
    };

    private readonly Scorer _scorer = new(Pack);

    [Fact]
    public void Score_MetNotMetNotStated_GivesScoreAndRangeInWeights()
    {
        var score = _scorer.Score(Assessment(("met", 3, false), ("not-met", 1, false), ("not-stated", 2, false), ("not-applicable", 5, false)));

        Assert.Equal(50.0, score.Legitimacy.Score);
        Assert.Equal(50.0, score.Legitimacy.Low);
        Assert.Equal(83.3, score.Legitimacy.High);
        Assert.Equal(Verdict.Moderate, score.Legitimacy.Verdict);
        Assert.Equal(1, score.Questions);
    }

    [Fact]
    public void Score_NecessaryNotMet_FailsWhateverTheScore()
    {
        var score = _scorer.Score(Assessment(("met", 5, false), ("met", 5, false), ("not-met", 1, true)));

        Assert.Equal(90.9, score.Legitimacy.Score);
        Assert.Equal(Verdict.FailsNecessary, score.Legitimacy.Verdict);
    }

    [Fact]
    public void Score_NecessaryNotStated_IsUndetermined()
    {
        var score = _scorer.Score(Assessment(("met", 5, false), ("not-stated", 1, true)));

        Assert.Equal(Verdict.Undetermined, score.Legitimacy.Verdict);
    }

    [Fact]
    public void Score_ErrorOutcome_CountsLikeNotStatedNeverRaisingTheScore()
    {
        var score = _scorer.Score(Assessment(("met", 2, false), ("error", 3, false)));

        Assert.Equal(40.0, score.Legitimacy.Score);
        Assert.Equal(100.0, score.Legitimacy.High);
        Assert.Equal(1, score.Counts[Outcome.Error]);
    }

    [Fact]
    public void Score_NecessaryInError_IsUndetermined()
    {
        var score = _scorer.Score(Assessment(("met", 5, false), ("error", 1, true)));

        Assert.Equal(Verdict.Undetermined, score.Legitimacy.Verdict);
    }

    [Fact]
    public void Score_EverythingNotStated_UndeterminedWithBlankScoreNotZero()
    {
        var score = _scorer.Score(Assessment(("not-stated", 3, false), ("not-stated", 2, false)));

        // Nothing judged: a 0.0 would sort "unknown" among "bad", so the score and its range stay blank.
        Assert.Null(score.Legitimacy.Score);
        Assert.Null(score.Legitimacy.Low);
        Assert.Null(score.Legitimacy.High);
        Assert.Equal(Verdict.Undetermined, score.Legitimacy.Verdict);
    }

    [Fact]
    public void Score_NothingApplies_HasNoScore()
    {
        var score = _scorer.Score(Assessment(("not-applicable", 2, false)));

        Assert.Null(score.Legitimacy.Score);
        Assert.Equal(Verdict.Undetermined, score.Legitimacy.Verdict);
    }

    [Fact]
    public void Score_WeightsGiven_ReplaceThePacksForThoseCriteriaOnly()
    {
        var assessment = Assessment(("met", 3, false), ("not-met", 1, false), ("not-stated", 2, false));

        // T-0 weighs 1 instead of 3; T-1 and T-2 keep 1 and 2: 100 * 1 / 4 = 25.0, up to 100 * 3 / 4 = 75.0.
        var score = new Scorer(Pack, new Dictionary<string, double> { ["T-0"] = 1 }).Score(assessment);

        Assert.Equal((25.0, 75.0, Verdict.Weak), (score.Legitimacy.Score, score.Legitimacy.High, score.Legitimacy.Verdict));
        Assert.Equal(50.0, new Scorer(Pack).Score(assessment).Legitimacy.Score);
    }

    private static Assessment Assessment(params (string Outcome, int Weight, bool Necessary)[] results) => new()
    {
        Results = results.Select((r, i) => new CriterionResult
        {
            Outcome = Kebab.TryParse<Outcome>(r.Outcome, out var o) ? o : throw new ArgumentException(r.Outcome),
            Criterion = new Criterion
            {
                Id = $"T-{i}",
                Dimension = Dimension.Legitimacy,
                Weight = r.Weight,
                Necessity = r.Necessary ? Necessity.Necessary : Necessity.Contributory,
            },
        }).ToList(),
    };
}
