using Analyzer.Core.Diagnostics;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Pipeline;

/// <summary>
/// A batch as a stream: inputs are loaded and assessed in parallel, a window at a time, and handed to the sinks in
/// input order, so the outputs are the same bytes whatever the number of jobs, and memory holds one window of
/// results plus the proposal ids seen (to catch an id used twice), never the batch.
/// </summary>
public sealed class BatchPipeline(RulePack pack, ProposalReader reader, int jobs)
{
    /// <summary>Results in flight per job: enough to keep every core busy while the sinks write.</summary>
    private const int WindowPerJob = 32;

    private readonly ProposalAssessor _assessor = new(pack);

    /// <summary>Runs the files through the sinks; every problem goes to <paramref name="report"/> as it is found, in file order.</summary>
    public BatchTotals Run(IReadOnlyList<string> files, IReadOnlyList<IReportSink> sinks, Action<Diagnostic> report) =>
        Run(files, BatchShape.Files(files.Count), reader.Read, sinks, report, checkIds: true);

    /// <summary>
    /// Runs any inputs through the sinks: <paramref name="load"/> turns one into a proposal (read from a file, or built
    /// in memory by a sweep) on a worker thread. <paramref name="checkIds"/> reports a proposal id used twice; a sweep,
    /// whose variant ids are distinct by construction, turns it off so memory stays flat over millions of variants.
    /// </summary>
    public BatchTotals Run<TInput>(IEnumerable<TInput> inputs, BatchShape shape, Func<TInput, ProposalFile> load,
        IReadOnlyList<IReportSink> sinks, Action<Diagnostic> report, bool checkIds)
    {
        foreach (var sink in sinks)
        {
            sink.Begin(pack, shape);
        }
        var firstById = new Dictionary<string, string>(StringComparer.Ordinal); // id -> path of the input that used it first
        int count = 0, assessed = 0, errors = 0, warnings = 0;
        foreach (var window in inputs.Chunk(Math.Max(1, jobs) * WindowPerJob))
        {
            var results = window.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, jobs)).Select(input => Assess(load(input))).ToArray();
            foreach (var (file, score) in results)
            {
                count++;
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
                if (checkIds && !firstById.TryAdd(id, file.Path))
                {
                    errors++;
                    report(Problems.DuplicateProposalId(file.Path, file.Map.At("id"), id, firstById[id]));
                    continue;
                }
                assessed++;
                foreach (var sink in sinks)
                {
                    sink.Add(score);
                }
            }
        }
        var totals = new BatchTotals(count, assessed, count - assessed, errors, warnings);
        foreach (var sink in sinks)
        {
            sink.Finish(totals);
        }
        return totals;
    }

    private (ProposalFile File, ProposalScore? Score) Assess(ProposalFile file) =>
        (file, file.IsUsable ? _assessor.Assess(file) : null);
}
