using Analyzer.Core.Evaluation;

namespace Analyzer.Core.Sensitivity;

/// <summary>
/// What rescoring needs of an assessed proposal: who it is and each criterion's outcome, in pack order. Outcomes do
/// not change with weights, so a proposal is read and evaluated once however many weightings score it; and this is
/// small enough to hold for a whole batch, where its facts and findings are not. <c>Factors</c> are the values of a
/// sweep's design factors, in the batch's order (none for files).
/// </summary>
public sealed record AssessedProposal(string Id, string Path, IReadOnlyList<string> Factors, IReadOnlyList<Outcome> Outcomes)
{
    public static AssessedProposal Of(Assessment assessment) =>
        new(assessment.Proposal.Id!, assessment.File.Path, assessment.File.Factors, [.. assessment.Results.Select(r => r.Outcome)]);
}
