using Analyzer.Benchmarks;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// The benchmark measures the compiled rules against ten criteria written by hand; the comparison is fair only if
/// both reach the same outcome (and detail) on the same proposal, which this checks on every shipped example.
/// </summary>
public sealed class HandWrittenCriteriaTests
{
    [Fact]
    public void HandWritten_EveryShippedExample_SameOutcomeAndDetailAsThePack()
    {
        var reader = new ProposalReader();
        var files = ProposalFinder.Find([Repo.Proposals]).Files.Select(reader.Read).Where(f => f.IsUsable).ToList();
        var seen = new HashSet<(string, Outcome)>();

        foreach (var file in files)
        {
            var proposal = file.Proposal!;
            var facts = FactsBuilder.Build(proposal);
            foreach (var (id, judge) in HandWrittenCriteria.All)
            {
                var ours = ProposalEvaluator.Evaluate(ShippedCriteria.Pack.Find(id)!, proposal, facts);
                var theirs = judge(proposal, facts);
                Assert.True(ours.Outcome == theirs.Outcome && ours.Detail == theirs.Detail,
                    $"{Path.GetFileName(file.Path)} {id}: pack {ours.Outcome} '{ours.Detail}', hand-written {theirs.Outcome} '{theirs.Detail}'");
                seen.Add((id, ours.Outcome));
            }
        }

        Assert.True(files.Count > 100, $"only {files.Count} examples");
        // The examples reach both met and not-met for every one of the ten, so no branch is compared only by accident.
        Assert.All(HandWrittenCriteria.All, h => Assert.True(seen.Contains((h.Id, Outcome.Met)) && seen.Contains((h.Id, Outcome.NotMet)), h.Id));
    }
}
