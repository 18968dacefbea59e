using Analyzer.Core.Diagnostics;
using Analyzer.Core.PackTesting;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>
/// Everything <c>analyzer explain &lt;criterion-id&gt;</c> shows about one criterion: the criterion and its paper, its
/// full citation, the examples its fixtures pin, and its teaching pair evaluated (null when none is indexed, or when
/// a side cannot be read: then <see cref="PairProblems"/> says why).
/// </summary>
public sealed record CriterionExplanation
{
    public required Criterion Criterion { get; init; }
    public required PaperReference Paper { get; init; }
    public required string Citation { get; init; }
    public CriterionExamples Examples { get; init; } = CriterionExamples.None;
    public PairComparison? Pair { get; init; }
    public IReadOnlyList<Diagnostic> PairProblems { get; init; } = [];

    public static CriterionExplanation For(RulePack pack, Criterion criterion, IReadOnlyList<Fixture> fixtures, string proposalsDirectory)
    {
        var (pair, problems) = new PairComparer(pack, proposalsDirectory).Compare(criterion);
        return new CriterionExplanation
        {
            Criterion = criterion,
            Paper = pack.Papers.TryGetValue(criterion.Paper, out var paper) ? paper : new PaperReference { Key = criterion.Paper, Citation = criterion.Paper },
            Citation = Findings.Citation(criterion, pack),
            Examples = FixtureExamples.For(FixtureExamples.Index(pack, fixtures), criterion),
            Pair = pair,
            PairProblems = problems,
        };
    }
}
