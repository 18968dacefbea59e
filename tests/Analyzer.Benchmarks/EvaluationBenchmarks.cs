using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using BenchmarkDotNet.Attributes;
using RulesEngine.Models;

namespace Analyzer.Benchmarks;

/// <summary>
/// Evaluating the Erman and Furendal workflow over every shipped example, three ways, measured side by side:
/// our compiled expressions (with requires and applicability), RulesEngine's ExecuteAllRulesAsync on the same
/// workflow, and hand-written C# predicates, the floor to measure against. The whole pack is measured too, with and
/// without counting steps. Facts are built once, outside the timing.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private (Proposal Proposal, ProposalFacts Facts)[] _inputs = [];
    private Criterion[] _criteria = [];
    private Criterion[] _pack = [];
    private Criterion[] _uncounted = [];
    private RulesEngine.RulesEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var pack = RulePackLoader.Load(Path.Combine(root, "rules")).Pack ?? throw new InvalidOperationException("rule pack does not load");
        _pack = [.. pack.Criteria];
        _uncounted = [.. RulePackLoader.Load(Path.Combine(root, "rules"), countSteps: false).Pack!.Criteria];
        _criteria = [.. _pack.Where(c => c.Workflow == "erman-furendal")];
        var reader = new ProposalReader();
        _inputs = [.. ProposalFinder.Find([Path.Combine(root, "proposals")]).Files
            .Select(reader.Read).Where(f => f.IsUsable)
            .Select(f => (f.Proposal!, FactsBuilder.Build(f.Proposal!)))];
        _engine = new RulesEngine.RulesEngine([File.ReadAllText(Path.Combine(root, "rules", "erman-furendal.json"))],
            new ReSettings { EnableExceptionAsErrorMessage = true, EnableFormattedErrorMessage = false });
    }

    [Benchmark(Baseline = true)]
    public int CompiledEvaluator()
    {
        var met = 0;
        foreach (var (proposal, facts) in _inputs)
        {
            foreach (var criterion in _criteria)
            {
                met += ProposalEvaluator.Evaluate(criterion, proposal, facts).Outcome == Outcome.Met ? 1 : 0;
            }
        }
        return met;
    }

    /// <summary>Every criterion of the pack, not only the Erman and Furendal workflow: the LINQ-heavy rules are elsewhere.</summary>
    [Benchmark]
    public int CompiledEvaluatorWholePack()
    {
        var met = 0;
        foreach (var (proposal, facts) in _inputs)
        {
            foreach (var criterion in _pack)
            {
                met += ProposalEvaluator.Evaluate(criterion, proposal, facts).Outcome == Outcome.Met ? 1 : 0;
            }
        }
        return met;
    }

    /// <summary>The same, compiled without counting steps (<see cref="StepBudget"/>): what the per-criterion limit costs.</summary>
    [Benchmark]
    public int CompiledEvaluatorWholePackUncounted()
    {
        var met = 0;
        foreach (var (proposal, facts) in _inputs)
        {
            foreach (var criterion in _uncounted)
            {
                met += ProposalEvaluator.Evaluate(criterion, proposal, facts).Outcome == Outcome.Met ? 1 : 0;
            }
        }
        return met;
    }

    [Benchmark]
    public async Task<int> RulesEngineExecuteAll()
    {
        var met = 0;
        foreach (var (proposal, facts) in _inputs)
        {
            var results = await _engine.ExecuteAllRulesAsync("erman-furendal",
                new RuleParameter("proposal", proposal), new RuleParameter("facts", facts));
            met += results.Count(r => r.IsSuccess);
        }
        return met;
    }

    [Benchmark]
    public int HandWritten()
    {
        var met = 0;
        foreach (var (p, f) in _inputs)
        {
            met += (p.Decisions?.Length > 0 ? 1 : 0) + (f.DemocraticMinimum == true ? 1 : 0) + 1 + 1 + 1
                + (f.ChainComplete == true ? 1 : 0) + (f.MandatesAccountable == true ? 1 : 0)
                + (f.MandatesRevocable == true ? 1 : 0) + (f.MandatesTransparent == true ? 1 : 0) + 1 + 1
                + (f.AiUseUnderMandate == true ? 1 : 0)
                + (f.AuthorizedUsesAi == false ? 1 : 0) + (f.DecisionsOutsourcedToAi == false ? 1 : 0)
                + (f.PrivateSoftLaw == false ? 1 : 0) + 1 + (f.GoalsSetWithoutAuthorization == false ? 1 : 0) + 1;
        }
        return met;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analyzer.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
