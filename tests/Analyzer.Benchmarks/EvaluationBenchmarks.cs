using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RulesEngine.Models;

namespace Analyzer.Benchmarks;

/// <summary>
/// Evaluation alone, over every shipped example, the typed proposals and their facts built once outside the timing:
/// <list type="bullet">
/// <item>the whole pack: our evaluator (requires, applicability, labels and details; with and without counting
/// steps) against RulesEngine's <c>ExecuteAllRulesAsync</c> running every workflow of the pack on the same inputs
/// (category <c>Pack</c>, RulesEngine the baseline);</item>
/// <item>ten representative criteria: our evaluator against the same ten written by hand in C#
/// (<see cref="HandWrittenCriteria"/>; category <c>Ten</c>, the hand-written ones the baseline).</item>
/// </list>
/// Every method evaluates all proposals once; divide by <see cref="Proposals"/> times the criteria for one evaluation.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EvaluationBenchmarks
{
    private (Proposal Proposal, ProposalFacts Facts)[] _inputs = [];
    private ProposalEvaluator _pack = null!;
    private ProposalEvaluator _uncounted = null!;
    private ProposalEvaluator _ten = null!;
    private string[] _workflows = [];
    private RulesEngine.RulesEngine _engine = null!;

    public int Proposals => _inputs.Length;

    [GlobalSetup]
    public void Setup()
    {
        var root = Repository.Root();
        var rules = Path.Combine(root, "rules");
        var pack = RulePackLoader.Load(rules).Pack ?? throw new InvalidOperationException("rule pack does not load");
        _pack = new ProposalEvaluator(pack);
        _uncounted = new ProposalEvaluator(RulePackLoader.Load(rules, countSteps: false).Pack!);
        _ten = new ProposalEvaluator(pack with { Criteria = [.. HandWrittenCriteria.All.Select(h => pack.Find(h.Id)!)] });
        var reader = new ProposalReader();
        _inputs = [.. ProposalFinder.Find([Path.Combine(root, "proposals")]).Files
            .Select(reader.Read).Where(f => f.IsUsable)
            .Select(f => (f.Proposal!, FactsBuilder.Build(f.Proposal!)))];
        var files = Directory.GetFiles(rules, "*.json")
            .Where(f => Path.GetFileName(f) is not RulePackLoader.PackFile and not RulePackLoader.PapersFile)
            .Order(StringComparer.Ordinal).ToArray();
        _workflows = [.. pack.Criteria.Select(c => c.Workflow).Distinct()];
        _engine = new RulesEngine.RulesEngine([.. files.Select(File.ReadAllText)],
            new ReSettings { EnableExceptionAsErrorMessage = true, EnableFormattedErrorMessage = false });
        // Warm both tiers: our rules compile after a few calls, RulesEngine compiles each workflow on its first run.
        for (var i = 0; i < 2 * TieredRule<bool>.CompileAfter; i++)
        {
            Evaluator();
            EvaluatorUncounted();
            Evaluator10();
        }
        RulesEngineExecuteAll().GetAwaiter().GetResult();
    }

    [Benchmark]
    [BenchmarkCategory("Pack")]
    public int Evaluator() => Count(_pack);

    /// <summary>The same, compiled without counting steps (<see cref="StepBudget"/>): what the per-criterion limit costs.</summary>
    [Benchmark]
    [BenchmarkCategory("Pack")]
    public int EvaluatorUncounted() => Count(_uncounted);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Pack")]
    public async Task<int> RulesEngineExecuteAll()
    {
        var met = 0;
        foreach (var (proposal, facts) in _inputs)
        {
            foreach (var workflow in _workflows)
            {
                var results = await _engine.ExecuteAllRulesAsync(workflow,
                    new RuleParameter("proposal", proposal), new RuleParameter("facts", facts));
                foreach (var result in results)
                {
                    met += result.IsSuccess ? 1 : 0;
                }
            }
        }
        return met;
    }

    [Benchmark]
    [BenchmarkCategory("Ten")]
    public int Evaluator10() => Count(_ten);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Ten")]
    public int HandWritten10()
    {
        var met = 0;
        foreach (var (proposal, facts) in _inputs)
        {
            foreach (var (_, judge) in HandWrittenCriteria.All)
            {
                met += judge(proposal, facts).Outcome == Outcome.Met ? 1 : 0;
            }
        }
        return met;
    }

    private int Count(ProposalEvaluator evaluator)
    {
        var met = 0;
        foreach (var (proposal, facts) in _inputs)
        {
            foreach (var result in evaluator.Evaluate(proposal, facts))
            {
                met += result.Outcome == Outcome.Met ? 1 : 0;
            }
        }
        return met;
    }
}
