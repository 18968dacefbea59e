using Analyzer.Core.Evaluation;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.PackTesting;

/// <summary>Runs each fixture's proposal through the pack and compares every expectation (like <c>conftest verify</c>).</summary>
public sealed class FixtureRunner(RulePack pack, string proposalsDirectory)
{
    private static readonly ProposalReader Reader = new();
    private readonly BatchAssessor _assessor = new(pack, Reader);

    /// <summary>The scored assessment of each fixture's proposal, or the reason it could not be read.</summary>
    public (ProposalScore? Score, string? Problem) Assess(Fixture fixture)
    {
        var file = Reader.Read(Path.Combine(proposalsDirectory, fixture.Proposal));
        if (!file.IsUsable)
        {
            return (null, string.Join(" ", file.Problems));
        }
        return (_assessor.Score(file), null);
    }

    public IEnumerable<FixtureCheck> Run(Fixture fixture)
    {
        var (score, problem) = Assess(fixture);
        foreach (var e in fixture.Expect)
        {
            var actual = score is null ? $"unreadable: {problem}" : Actual(score, e.What);
            yield return new FixtureCheck(fixture, e, actual, actual == e.Is);
        }
    }

    private static string Actual(ProposalScore score, string what)
    {
        var summary = ReportRows.Summary(score);
        var column = Array.IndexOf(ReportColumns.Summary, what);
        if (column >= 0)
        {
            return summary[column];
        }
        return score.Assessment.Results.FirstOrDefault(r => r.Criterion.Id == what)?.Outcome ?? $"no criterion or column '{what}'";
    }
}

/// <summary>One expectation checked against what the engine concluded.</summary>
public sealed record FixtureCheck(Fixture Fixture, Expectation Expected, string Actual, bool Passed);
