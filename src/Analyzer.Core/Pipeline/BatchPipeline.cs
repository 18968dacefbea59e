using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Pipeline;

/// <summary>
/// A batch as a stream: files are read and assessed in parallel, a window at a time, and handed to the sinks in
/// input order, so the outputs are the same bytes whatever the number of jobs, and memory holds one window of
/// results plus the proposal ids seen (to catch an id used twice), never the batch.
/// </summary>
public sealed class BatchPipeline(RulePack pack, ProposalReader reader, int jobs)
{
    /// <summary>Results in flight per job: enough to keep every core busy while the sinks write.</summary>
    private const int WindowPerJob = 32;

    private readonly ProposalAssessor _assessor = new(pack);

    /// <summary>Runs the files through the sinks; every problem goes to <paramref name="report"/> as it is found, in file order.</summary>
    public BatchTotals Run(IReadOnlyList<string> files, IReadOnlyList<IReportSink> sinks, Action<Diagnostic> report)
    {
        foreach (var sink in sinks)
        {
            sink.Begin(pack, files.Count);
        }
        var firstById = new Dictionary<string, int>(StringComparer.Ordinal); // id -> index of the file that used it first
        var index = 0;
        int assessed = 0, errors = 0, warnings = 0;
        foreach (var window in files.Chunk(Math.Max(1, jobs) * WindowPerJob))
        {
            var results = window.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, jobs)).Select(Assess).ToArray();
            foreach (var (file, score) in results)
            {
                var at = index++;
                foreach (var problem in file.Problems)
                {
                    _ = problem.Severity == Severity.Error ? errors++ : warnings++;
                    report(problem);
                }
                if (score is null)
                {
                    continue;
                }
                var id = score.Assessment.Proposal.Id!; // the validator requires an id
                if (!firstById.TryAdd(id, at))
                {
                    errors++;
                    report(Problems.DuplicateProposalId(file.Path, file.Map.At("id"), id, files[firstById[id]]));
                    continue;
                }
                assessed++;
                foreach (var sink in sinks)
                {
                    sink.Add(score);
                }
            }
        }
        var totals = new BatchTotals(files.Count, assessed, files.Count - assessed, errors, warnings);
        foreach (var sink in sinks)
        {
            sink.Finish(totals);
        }
        return totals;
    }

    private (ProposalFile File, ProposalScore? Score) Assess(string path)
    {
        var file = reader.Read(path);
        return (file, file.IsUsable ? _assessor.Assess(file) : null);
    }
}
