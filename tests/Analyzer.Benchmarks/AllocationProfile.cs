using System.Diagnostics;
using System.Globalization;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Benchmarks;

/// <summary>
/// Per-criterion figures over the shipped examples, the rules compiled (after the warm-up a batch gives them):
/// <list type="bullet">
/// <item><c>allocations</c>: the bytes each criterion allocates per evaluation, largest first. A criterion whose
/// outcome carries nothing of the proposal allocates nothing; a label, a detail, the fields missing, or a query that
/// builds an iterator or a set allocate what they hold.</item>
/// <item><c>ten</c>: nanoseconds per evaluation of each of the ten criteria of <see cref="HandWrittenCriteria"/>, ours
/// and hand-written, in a third round (so both are at their final tier); which criteria make the difference.</item>
/// </list>
/// </summary>
internal static class AllocationProfile
{
    public static int Allocations()
    {
        var (pack, inputs) = Warmed();
        long total = 0;
        var rows = new List<(string Id, double Bytes)>();
        foreach (var criterion in pack.Criteria)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var (p, f) in inputs)
            {
                ProposalEvaluator.Evaluate(criterion, p, f);
            }
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            total += bytes;
            rows.Add((criterion.Id, bytes / (double)inputs.Length));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{inputs.Length} proposals x {pack.Criteria.Count} criteria: {total / (double)(inputs.Length * pack.Criteria.Count):F1} bytes per evaluation"));
        foreach (var (id, bytes) in rows.OrderByDescending(r => r.Bytes))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id,-7} {bytes,8:F1} bytes"));
        }
        return 0;
    }

    public static int Ten()
    {
        const int Repeats = 200;
        var (pack, inputs) = Warmed();
        for (var round = 1; round <= 3; round++)
        {
            double ours = 0, hand = 0;
            foreach (var (id, judge) in HandWrittenCriteria.All)
            {
                var criterion = pack.Find(id)!;
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < Repeats; i++)
                {
                    foreach (var (p, f) in inputs)
                    {
                        ProposalEvaluator.Evaluate(criterion, p, f);
                    }
                }
                var oursNs = clock.Elapsed.TotalNanoseconds / (Repeats * inputs.Length);
                clock.Restart();
                for (var i = 0; i < Repeats; i++)
                {
                    foreach (var (p, f) in inputs)
                    {
                        judge(p, f);
                    }
                }
                var handNs = clock.Elapsed.TotalNanoseconds / (Repeats * inputs.Length);
                (ours, hand) = (ours + oursNs, hand + handNs);
                if (round == 3)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id,-7} ours {oursNs,6:F0} ns  hand-written {handNs,6:F0} ns"));
                }
            }
            if (round == 3)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ten criteria: ours {ours:F0} ns, hand-written {hand:F0} ns, ratio {ours / hand:F2}"));
            }
        }
        return 0;
    }

    private static (RulePack Pack, (Proposal, ProposalFacts)[] Inputs) Warmed()
    {
        var root = Repository.Root();
        var pack = RulePackLoader.Load(Path.Combine(root, "rules")).Pack!;
        var reader = new ProposalReader();
        var inputs = ProposalFinder.Find([Path.Combine(root, "proposals")]).Files.Select(reader.Read).Where(f => f.IsUsable)
            .Select(f => (f.Proposal!, FactsBuilder.Build(f.Proposal!))).ToArray();
        var evaluator = new ProposalEvaluator(pack);
        for (var i = 0; i < 2 * TieredRule<bool>.CompileAfter; i++)
        {
            foreach (var (p, f) in inputs)
            {
                evaluator.Evaluate(p, f);
            }
        }
        return (pack, inputs);
    }
}
