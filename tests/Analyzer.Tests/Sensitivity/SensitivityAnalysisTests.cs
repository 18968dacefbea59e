using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Sensitivity;

namespace Analyzer.Tests.Sensitivity;

public sealed class SensitivityAnalysisTests
{
    [Fact]
    public void Run_HandBuiltBatch_ScoresVerdictsAndRanksUnderThePackWeights()
    {
        var result = HandBuiltBatch.Run(spread: 0.25);

        Assert.Equal(
            [
                "p1 legitimacy 66.7 Moderate 2", "p1 feasibility 66.7 Moderate 1",
                "p2 legitimacy 50 Moderate 3", "p2 feasibility  Undetermined ",
                "p3 legitimacy 83.3 Strong 1", "p3 feasibility 33.3 Weak 2",
            ],
            result.Rows.Select(r => $"{r.Proposal.Id} {Kebab(r.Dimension)} {r.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture)} {r.Verdict} {r.Rank}"));
        Assert.Equal([3, 2], result.Dimensions.Select(d => d.Ranked));
    }

    [Fact]
    public void Run_SpreadZero_IntervalsHaveNoWidthTauIsOneAndNoVerdictChanges()
    {
        var result = HandBuiltBatch.Run(spread: 0);

        foreach (var row in result.Rows.Where(r => r.Rank is not null))
        {
            Assert.Equal((row.Score, row.Score), (row.ScoreP5, row.ScoreP95));
            Assert.Equal((row.Rank, row.Rank), (row.RankP5, row.RankP95));
            Assert.Equal(0, row.VerdictChanges);
        }
        Assert.All(result.Dimensions, d => Assert.Equal((1.0, 1.0), (d.TauMean, d.TauP5)));
        Assert.All(result.Influence, c => Assert.Equal((1.0, 1.0, 0), (c.TauDown, c.TauUp, c.LargestRankShift)));
    }

    [Fact]
    public void Run_UnscoredProposal_NotRankedAndNoInterval()
    {
        var p2 = HandBuiltBatch.Run(spread: 0.25).Rows.Single(r => r.Proposal.Id == "p2" && r.Dimension == Dimension.Feasibility);

        Assert.Equal((null, null, null, null, null, 0), (p2.Score, p2.Rank, p2.ScoreP5, p2.RankP5, p2.RankP95, p2.VerdictChanges));
        Assert.Equal(Verdict.Undetermined, p2.Verdict);
    }

    [Fact]
    public void Run_OneAtATime_TheWeightThatDecidesTheOrderComesFirstWithItsTau()
    {
        // Spread 0.5. A lowered to 1.5: p1 2.5/4.5 = 55.6, p2 3/4.5 = 66.7, p3 3.5/4.5 = 77.8, so p1 and p2 swap:
        // one discordant pair of three, tau-b 1/3. A raised keeps the order. B lowered to 1: p1 and p3 tie at 80.0, p2
        // 40.0; raised to 3: p1 and p2 tie at 57.1; either way tau-b = 2 / sqrt(3 * 2). C moves no rank either way.
        // Feasibility: F lowered to 1 ties p1 and p3 at 50.0 (tau-b 0: no order left); G moves nothing.
        var influence = HandBuiltBatch.Run(spread: 0.5).Influence;

        Assert.Equal(["F", "A", "B", "C", "G"], influence.Select(c => c.Criterion.Id));
        var a = influence.Single(c => c.Criterion.Id == "A");
        Assert.Equal(1 / 3.0, a.TauDown!.Value, 12);
        Assert.Equal((1.0, 1), (a.TauUp, a.LargestRankShift));
        var b = influence.Single(c => c.Criterion.Id == "B");
        Assert.Equal(2 / Math.Sqrt(6), b.LowestTau!.Value, 12);
        Assert.Equal(1, b.LargestRankShift); // lowered, p1 rises from 2nd to share 1st with p3
        Assert.Equal((0.0, 1.0), (influence[0].TauDown, influence[0].TauUp));
        Assert.Equal("A", influence.First(c => c.Criterion.Dimension == Dimension.Legitimacy).Criterion.Id);
    }

    [Fact]
    public void Run_Samples_p3AlwaysFirstAndp1p2SwapInAboutTwoPercent()
    {
        // At spread 0.25, p3 - p1 = (B - C) / total with B >= 1.5 > 1.25 >= C: p3 leads in every sample. p1 - p2 = (A - B) / total
        // falls below 0 only when A < B, A uniform on [2.25, 3.75] and B on [1.5, 2.5]: (0.25^2 / 2) / 1.5 = 2.1% of samples,
        // each of tau-b 1/3. So the 5th percentile stays 1, and the mean is near 1 - 0.021 * 2/3 = 0.986.
        var result = HandBuiltBatch.Run(spread: 0.25, samples: 500);

        var p3 = result.Rows.Single(r => r.Proposal.Id == "p3" && r.Dimension == Dimension.Legitimacy);
        Assert.Equal((1, 1), (p3.RankP5, p3.RankP95));
        var legitimacy = result.Dimensions[0];
        Assert.Equal(1.0, legitimacy.TauP5);
        Assert.InRange(legitimacy.TauMean!.Value, 0.97, 0.999);
    }

    [Fact]
    public void Run_OneJobOrFour_SameResultsToTheByte()
    {
        static string Csv(SensitivityResult result) =>
            string.Join("\n", SensitivityReport.ProposalRows(result, CsvDialect.Standard).Concat(SensitivityReport.InfluenceRows(result, CsvDialect.Standard))
                .Select(row => string.Join(",", row)))
            + string.Join(";", result.Dimensions);

        Assert.Equal(Csv(HandBuiltBatch.Run(0.4, samples: 300, seed: 9, jobs: 1)), Csv(HandBuiltBatch.Run(0.4, samples: 300, seed: 9, jobs: 4)));
        Assert.NotEqual(Csv(HandBuiltBatch.Run(0.4, samples: 300, seed: 9)), Csv(HandBuiltBatch.Run(0.4, samples: 300, seed: 10)));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Run_SpreadOutsideZeroToOne_Refused(double spread)
    {
        Assert.Throws<ArgumentException>(() => HandBuiltBatch.Run(spread));
    }

    [Fact]
    public void Fits_SamplesTimesProposals_UpToTheLimit()
    {
        Assert.True(SensitivityAnalysis.Fits(10_000, 2_500));
        Assert.False(SensitivityAnalysis.Fits(10_000, 2_501));
        Assert.Equal(
            "10000 samples of 3000 proposals hold 30000000 scores, over the limit of 25000000; use --samples 8333 or fewer, or fewer proposals.",
            Core.Diagnostics.Problems.TooManyScores(10_000, 3_000, SensitivityAnalysis.MaxScores));
    }

    private static string Kebab(Dimension dimension) => Core.Kebab.Name(dimension);
}
