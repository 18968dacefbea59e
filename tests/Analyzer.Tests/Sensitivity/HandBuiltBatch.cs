using Analyzer.Core.Evaluation;
using Analyzer.Core.Rules;
using Analyzer.Core.Sensitivity;

namespace Analyzer.Tests.Sensitivity;

/// <summary>
/// Three proposals over a pack of five criteria, small enough to score by hand. Legitimacy: A (weight 3), B (2), C (1);
/// feasibility: F (2), G (1). Bands: strong from 75, moderate from 50, weak below.
/// <code>
///      A        B        C        F           G           legitimacy          feasibility
/// p1   met      not-met  met      met         not-stated  (3+1)/6 = 66.7, 2nd  2/3 = 66.7, 1st
/// p2   not-met  met      met      not-stated  not-stated  (2+1)/6 = 50.0, 3rd  no score, not ranked
/// p3   met      met      not-met  not-met     met         (3+2)/6 = 83.3, 1st  1/3 = 33.3, 2nd
/// </code>
/// </summary>
internal static class HandBuiltBatch
{
    public static readonly RulePack Pack = new()
    {
        Version = "hand",
        Criteria =
        [
            Criterion("A", Dimension.Legitimacy, 3),
            Criterion("B", Dimension.Legitimacy, 2),
            Criterion("C", Dimension.Legitimacy, 1),
            Criterion("F", Dimension.Feasibility, 2),
            Criterion("G", Dimension.Feasibility, 1),
        ],
        Bands = [new ScoringBand(Verdict.Strong, 75), new ScoringBand(Verdict.Moderate, 50), new ScoringBand(Verdict.Weak, 0)],
    };

    public static readonly IReadOnlyList<AssessedProposal> Proposals =
    [
        Proposal("p1", Outcome.Met, Outcome.NotMet, Outcome.Met, Outcome.Met, Outcome.NotStated),
        Proposal("p2", Outcome.NotMet, Outcome.Met, Outcome.Met, Outcome.NotStated, Outcome.NotStated),
        Proposal("p3", Outcome.Met, Outcome.Met, Outcome.NotMet, Outcome.NotMet, Outcome.Met),
    ];

    public static SensitivityResult Run(double spread, int samples = 200, int seed = 1, int jobs = 1) =>
        SensitivityAnalysis.Run(Pack, Proposals, [], new SensitivitySettings(spread, samples, seed), jobs);

    private static Criterion Criterion(string id, Dimension dimension, int weight) =>
        new() { Id = id, Dimension = dimension, Weight = weight, Necessity = Necessity.Contributory, Paper = "hand" };

    private static AssessedProposal Proposal(string id, params Outcome[] outcomes) => new(id, $"{id}.yaml", [], outcomes);
}
