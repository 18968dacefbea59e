using Analyzer.Core.Diagnostics;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>
/// Reads a criterion's teaching pair from the examples folder beside the pack, evaluates the criterion on each side
/// with the engine's own evaluator, and finds the stated facts in which the two differ.
/// </summary>
public sealed class PairComparer(RulePack pack, string proposalsDirectory)
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];
    private static readonly ProposalReader Reader = new();
    private readonly ProposalEvaluator _evaluator = new(pack);

    /// <summary>The comparison, or null with the problems when the pair is not indexed or a side cannot be read.</summary>
    public (PairComparison? Comparison, IReadOnlyList<Diagnostic> Problems) Compare(Criterion criterion)
    {
        if (criterion.TeachingPair is not { } pair)
        {
            return (null, []);
        }
        var problems = new List<Diagnostic>();
        var meets = Read(criterion, pair.Meets, problems);
        var fails = Read(criterion, pair.Fails, problems);
        if (meets is null || fails is null)
        {
            return (null, problems);
        }
        return (new PairComparison(
            Side(criterion, meets, Outcome.Met),
            Side(criterion, fails, Outcome.NotMet),
            FieldValues.Differences(meets.Proposal!, fails.Proposal!)), problems);
    }

    private PairSide Side(Criterion criterion, ProposalFile file, Outcome expected)
    {
        var result = _evaluator.Evaluate(file).Results.First(r => ReferenceEquals(r.Criterion, criterion));
        return new PairSide(file.Proposal!.Id!, file.Proposal.Title ?? "", result, expected);
    }

    private ProposalFile? Read(Criterion criterion, string id, List<Diagnostic> problems)
    {
        // An id is letters, digits and hyphens, so it names a file in the examples folder and nothing outside it.
        var path = System.Text.RegularExpressions.Regex.IsMatch(id, Proposals.Schema.FieldCatalog.IdPattern)
            ? Extensions.Select(e => Path.Combine(proposalsDirectory, id + e)).FirstOrDefault(File.Exists)
            : null;
        if (path is null)
        {
            problems.Add(Problems.PairProposalMissing(proposalsDirectory, criterion.Id, id));
            return null;
        }
        var file = Reader.Read(path);
        problems.AddRange(file.Problems.Where(p => p.Severity == Severity.Error));
        if (!file.IsUsable)
        {
            return null;
        }
        if (file.Proposal!.Id != id)
        {
            problems.Add(Problems.PairIdMismatch(path, criterion.Id, id, file.Proposal.Id));
            return null;
        }
        return file;
    }
}
