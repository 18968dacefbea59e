using System.Text;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Tests.Sweeps;

/// <summary><c>--pareto</c> on hand-made scores: ties, beaten points, failures of necessary criteria and undetermined dimensions.</summary>
public sealed class ParetoCsvSinkTests : IDisposable
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;
    private readonly string _dir = Directory.CreateTempSubdirectory("analyzer-pareto-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Finish_MixedScores_FrontierInVariantOrderThenTheUndeterminedApart()
    {
        var rows = Run(
            Score("a", 80.0, Verdict.Strong, 40.0, Verdict.Weak), // beaten by c
            Score("b", 95.0, Verdict.FailsNecessary, 99.0, Verdict.Strong), // fails a necessary criterion: never on the frontier
            Score("c", 80.0, Verdict.Strong, 60.0, Verdict.Moderate),
            Score("d", null, Verdict.Undetermined, 90.0, Verdict.Strong), // no legitimacy score
            Score("e", 90.0, Verdict.Strong, 30.0, Verdict.Weak), // a trade-off with c: both stay
            Score("f", 80.0, Verdict.Strong, 60.0, Verdict.Moderate), // ties c
            Score("g", 99.0, Verdict.Undetermined, 99.0, Verdict.Strong), // scored, but a necessary criterion is not stated
            Score("h", 70.0, Verdict.Moderate, 60.0, Verdict.FailsNecessary));

        Assert.Equal(["frontier,factor,proposal_id"], rows.Take(1));
        Assert.Equal(["frontier,c-value,c", "frontier,e-value,e", "frontier,f-value,f", "undetermined,d-value,d", "undetermined,g-value,g"], rows.Skip(1));
    }

    [Fact]
    public void Finish_NothingComparable_HeaderOnly()
    {
        Assert.Equal(["frontier,factor,proposal_id"], Run(Score("b", 95.0, Verdict.FailsNecessary, 99.0, Verdict.Strong)));
    }

    [Fact]
    public void Finish_LeavesNoPartialFileBehind()
    {
        Run(Score("d", null, Verdict.Undetermined, 90.0, Verdict.Strong));

        Assert.Equal(["pareto.csv"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    /// <summary>The file's rows, cut to the frontier column, the factor and the id.</summary>
    private List<string> Run(params ProposalScore[] scores)
    {
        var path = Path.Combine(_dir, "pareto.csv");
        using (var sink = new ParetoCsvSink(path))
        {
            sink.Begin(Pack, new BatchShape(scores.Length, ["factor"]));
            foreach (var score in scores)
            {
                sink.Add(score);
            }
            sink.Finish(new BatchTotals(scores.Length, scores.Length, 0, 0, 0));
        }
        return [.. File.ReadAllLines(path, Encoding.UTF8).Select(l => string.Join(',', l.Split(',').Take(3)))];
    }

    private static ProposalScore Score(string id, double? legitimacy, Verdict legitimacyVerdict, double? feasibility, Verdict feasibilityVerdict) => new()
    {
        Assessment = new Assessment
        {
            File = new ProposalFile { Path = "space.yaml", Factors = [$"{id}-value"] },
            Proposal = new Proposal { Id = id, Title = id },
        },
        Legitimacy = new DimensionScore { Score = legitimacy, Low = legitimacy, High = legitimacy, Verdict = legitimacyVerdict },
        Feasibility = new DimensionScore { Score = feasibility, Low = feasibility, High = feasibility, Verdict = feasibilityVerdict },
        Counts = Enum.GetValues<Outcome>().ToDictionary(o => o, _ => 0),
        Classifications = [.. Core.Rules.SummaryColumns.Classifications(Pack).Select(c => (c.Column!, "x"))],
    };
}
