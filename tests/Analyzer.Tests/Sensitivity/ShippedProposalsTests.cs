using Analyzer.Core.Evaluation;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;
using Analyzer.Core.Sensitivity;

namespace Analyzer.Tests.Sensitivity;

/// <summary>
/// The fast path checked against the slow, obvious one on every shipped proposal: each sample scored by
/// <see cref="Scorer"/> itself with the sample's weights, ranked by sorting, and compared pair by pair.
/// </summary>
public sealed class ShippedProposalsTests
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;

    private static readonly List<Assessment> Assessed = Assess();

    [Fact]
    public void Rescorer_PackWeights_SameScoresAndVerdictsAsTheScorer()
    {
        var rescorer = new Rescorer(Pack, [.. Assessed.Select(AssessedProposal.Of)]);
        var weights = rescorer.PackWeights.ToArray();
        var scorer = new Scorer(Pack);

        for (var p = 0; p < Assessed.Count; p++)
        {
            var score = scorer.Score(Assessed[p]);
            Assert.Equal((score.Legitimacy.Score, score.Legitimacy.Verdict), rescorer.Score(0, p, weights));
            Assert.Equal((score.Feasibility.Score, score.Feasibility.Verdict), rescorer.Score(1, p, weights));
        }
    }

    [Fact]
    public void Rescorer_RandomWeights_SameScoresAndVerdictsAsTheScorerGivenThoseWeights()
    {
        var rescorer = new Rescorer(Pack, [.. Assessed.Select(AssessedProposal.Of)]);
        var random = new Random(5);
        for (var round = 0; round < 20; round++)
        {
            double[] weights = [.. Pack.Criteria.Select(c => c.Weight * (0.2 + (1.6 * random.NextDouble())))];
            var scorer = new Scorer(Pack, Pack.Criteria.Select((c, i) => (c.Id, weights[i])).ToDictionary(x => x.Id, x => x.Item2));
            for (var p = 0; p < Assessed.Count; p++)
            {
                var score = scorer.Score(Assessed[p]);
                Assert.Equal((score.Legitimacy.Score, score.Legitimacy.Verdict), rescorer.Score(0, p, weights));
                Assert.Equal((score.Feasibility.Score, score.Feasibility.Verdict), rescorer.Score(1, p, weights));
            }
        }
    }

    [Fact]
    public void Run_ShippedProposals_EveryFigureAsTheSlowWayComputesIt()
    {
        var settings = new SensitivitySettings(0.3, 40, 3);
        var result = SensitivityAnalysis.Run(Pack, Assessed, settings, jobs: 2);

        var draws = new WeightDraws(settings.Seed, settings.Spread);
        var reference = Assessed.Select(new Scorer(Pack).Score).ToList();
        var samples = Enumerable.Range(0, settings.Samples).Select(s =>
        {
            var weights = Pack.Criteria.Where(c => c.IsScored).ToDictionary(c => c.Id, c => c.Weight * draws.Factor(s, WeightDraws.Key(c.Id)));
            return Assessed.Select(new Scorer(Pack, weights).Score).ToList();
        }).ToList();

        foreach (var (dimension, d) in new[] { (Dimension.Legitimacy, 0), (Dimension.Feasibility, 1) })
        {
            DimensionScore Of(ProposalScore s) => dimension == Dimension.Legitimacy ? s.Legitimacy : s.Feasibility;
            var ranked = Enumerable.Range(0, Assessed.Count).Where(p => Of(reference[p]).Score is not null).ToList();
            double[] referenceScores = [.. ranked.Select(p => Of(reference[p]).Score!.Value)];
            var sampleScores = samples.Select(sample => ranked.Select(p => Of(sample[p]).Score!.Value).ToArray()).ToList();

            double[] taus = [.. sampleScores.Select(y => KendallTau.TauB(referenceScores, y) ?? 0)];
            var figures = result.Dimensions[d];
            Assert.Equal(ranked.Count, figures.Ranked);
            Assert.Equal(taus.Average(), figures.TauMean!.Value, 12);
            Assert.Equal(taus.Order().ElementAt(1), figures.TauP5); // nearest rank: ceil(0.05 * 40) = 2nd lowest

            for (var r = 0; r < ranked.Count; r++)
            {
                var row = result.Rows[(ranked[r] * 2) + d];
                var scores = sampleScores.Select(y => y[r]).Order().ToList();
                var ranks = sampleScores.Select(y => 1 + y.Count(v => v > y[r])).Order().ToList();
                Assert.Equal(Assessed[ranked[r]].Proposal.Id, row.Proposal.Id);
                Assert.Equal(1 + referenceScores.Count(v => v > referenceScores[r]), row.Rank);
                Assert.Equal((scores[1], scores[37]), (row.ScoreP5, row.ScoreP95)); // ceil(0.95 * 40) = 38th
                Assert.Equal((ranks[1], ranks[37]), (row.RankP5, row.RankP95));
                Assert.Equal(samples.Count(sample => Of(sample[ranked[r]]).Verdict != Of(reference[ranked[r]]).Verdict), row.VerdictChanges);
            }
        }
    }

    private static List<Assessment> Assess()
    {
        var (files, _) = ProposalFinder.Find([Repo.Proposals]);
        var reader = new ProposalReader();
        var evaluator = new ProposalEvaluator(Pack);
        return [.. files.Select(reader.Read).Where(f => f.IsUsable).Select(evaluator.Evaluate)];
    }
}
