using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals;

namespace Analyzer.Core.Pipeline;

/// <summary>
/// The reader's and validator's checks over a batch, with nothing evaluated: the same messages as <c>assess</c>
/// (the reader's warnings too), and the same rule that an id is used once per batch. Files are read one at a time,
/// so memory holds only the ids seen.
/// </summary>
public sealed class BatchValidator(ProposalReader reader)
{
    public ValidationTotals Run(IReadOnlyList<string> files, Action<Diagnostic> report)
    {
        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        int valid = 0, warnings = 0;
        foreach (var path in files)
        {
            var file = reader.Read(path);
            foreach (var problem in file.Problems)
            {
                warnings += problem.Severity == Severity.Warning ? 1 : 0;
                report(problem);
            }
            if (!file.IsUsable)
            {
                continue;
            }
            var id = file.Proposal!.Id!; // the validator requires an id
            if (!firstById.TryAdd(id, path))
            {
                report(Problems.DuplicateProposalId(file.Path, file.Map.At("id"), id, firstById[id]));
                continue;
            }
            valid++;
        }
        return new ValidationTotals(files.Count, valid, warnings);
    }
}

/// <summary>How many files were checked, how many are valid proposals, and how many warnings they drew.</summary>
public sealed record ValidationTotals(int Files, int Valid, int Warnings)
{
    public int Invalid => Files - Valid;
}
