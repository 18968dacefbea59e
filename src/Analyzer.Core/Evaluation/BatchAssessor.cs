using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Evaluation;

/// <summary>
/// Reads, evaluates and scores a batch. Files are read and evaluated in parallel but results keep file order,
/// so the report is the same bytes whatever the thread count. A bad file is reported and skipped.
/// </summary>
public sealed class BatchAssessor(RulePack pack, ProposalReader reader)
{
    private readonly ProposalEvaluator _evaluator = new(pack);
    private readonly Scorer _scorer = new(pack);

    public BatchResult Assess(IEnumerable<string> paths)
    {
        var (files, findProblems) = ProposalFinder.Find(paths);
        var read = files.AsParallel().AsOrdered().Select(reader.Read).ToList();

        var problems = new List<Diagnostic>(findProblems);
        var usable = new List<ProposalFile>();
        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in read)
        {
            problems.AddRange(file.Problems);
            if (!file.IsUsable)
            {
                continue;
            }
            var id = file.Proposal!.Id!; // the validator requires an id
            if (!firstById.TryAdd(id, file.Path))
            {
                problems.Add(Problems.DuplicateProposalId(file.Path, file.Map.At("id"), id, firstById[id]));
                continue;
            }
            usable.Add(file);
        }

        var scores = usable.AsParallel().AsOrdered().Select(Score).ToList();
        return new BatchResult { Scores = scores, Problems = problems, Skipped = read.Count - usable.Count };
    }

    /// <summary>Evaluates and scores one usable file.</summary>
    public ProposalScore Score(ProposalFile file) => _scorer.Score(_evaluator.Evaluate(file));
}
