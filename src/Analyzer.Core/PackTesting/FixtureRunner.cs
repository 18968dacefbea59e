using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.PackTesting;

/// <summary>Runs each fixture's proposal through the pack and compares every expectation (like <c>conftest verify</c>).</summary>
public sealed class FixtureRunner(RulePack pack, string proposalsDirectory)
{
    private static readonly ProposalReader Reader = new();
    private readonly ProposalAssessor _assessor = new(pack);

    /// <summary>The scored assessment of each fixture's proposal, or the reason it could not be read.</summary>
    public (ProposalScore? Score, string? Problem) Assess(Fixture fixture)
    {
        var file = Reader.Read(Path.Combine(proposalsDirectory, fixture.Proposal));
        if (!file.IsUsable)
        {
            return (null, string.Join(" ", file.Problems));
        }
        return (_assessor.Assess(file), null);
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

    /// <summary>What the engine concluded for <paramref name="what"/>, read from the typed results.</summary>
    private static string Actual(ProposalScore score, string what) => what switch
    {
        "legitimacy_verdict" => Kebab.Name(score.Legitimacy.Verdict),
        "feasibility_verdict" => Kebab.Name(score.Feasibility.Verdict),
        _ when score.Classifications.FirstOrDefault(c => c.Column == what) is { Column: not null } c => c.Value,
        _ when score.Assessment.Results.FirstOrDefault(r => r.Criterion.Id == what) is { } r => Kebab.Name(r.Outcome),
        _ => $"no criterion or summary column '{what}'",
    };
}

/// <summary>One expectation checked against what the engine concluded.</summary>
public sealed record FixtureCheck(Fixture Fixture, Expectation Expected, string Actual, bool Passed);
