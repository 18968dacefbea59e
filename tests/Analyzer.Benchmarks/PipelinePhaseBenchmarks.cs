using Analyzer.Core.Diagnostics;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Proposals.Source;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;
using BenchmarkDotNet.Attributes;

namespace Analyzer.Benchmarks;

/// <summary>
/// Where the time of <c>assess DIR --summary x.csv</c> goes, one phase at a time over every shipped example: reading
/// (the file, YAML, binding, validation), facts, evaluation, scoring and the summary row. Each phase starts from the
/// previous one's output, built once outside the timing; the <c>Whole*</c> benchmarks run the phases together.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class PipelinePhaseBenchmarks
{
    private string[] _paths = [];
    private byte[][] _bytes = [];
    private string[] _texts = [];
    private SourceNode[] _trees = [];
    private Proposal[] _proposals = [];
    private ProposalFile[] _files = [];
    private ProposalFacts[] _facts = [];
    private Assessment[] _assessments = [];
    private ProposalScore[] _scores = [];
    private RulePack _pack = null!;
    private ProposalEvaluator _evaluator = null!;
    private ProposalAssessor _assessor = null!;
    private Scorer _scorer = null!;
    private ProposalValidator _validator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Repository.Root();
        _pack = RulePackLoader.Load(Path.Combine(root, "rules")).Pack ?? throw new InvalidOperationException("rule pack does not load");
        var reader = new ProposalReader();
        _files = [.. ProposalFinder.Find([Path.Combine(root, "proposals")]).Files.Where(p => p.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(reader.Read).Where(f => f.IsUsable)];
        _paths = [.. _files.Select(f => f.Path)];
        _bytes = [.. _paths.Select(File.ReadAllBytes)];
        _texts = [.. _bytes.Select(b => new System.Text.UTF8Encoding(false).GetString(b))];
        _trees = [.. _paths.Select((p, i) => YamlSourceReader.Read(p, _texts[i], [])!)];
        _proposals = [.. _files.Select(f => f.Proposal!)];
        _facts = [.. _proposals.Select(FactsBuilder.Build)];
        _evaluator = new ProposalEvaluator(_pack);
        _assessor = new ProposalAssessor(_pack);
        _scorer = new Scorer(_pack);
        _validator = new ProposalValidator();
        _assessments = [.. _files.Select(_evaluator.Evaluate)];
        _scores = [.. _assessments.Select(_scorer.Score)];
    }

    /// <summary>The file from disk through validation, as <see cref="BatchPipeline"/> reads it.</summary>
    [Benchmark]
    public int ReadFile()
    {
        var reader = new ProposalReader();
        var n = 0;
        foreach (var path in _paths)
        {
            n += reader.Read(path).Problems.Count;
        }
        return n;
    }

    /// <summary>The same from bytes already in memory: hashing, UTF-8, YAML, binding, validation.</summary>
    [Benchmark]
    public int ReadBytes()
    {
        var n = 0;
        for (var i = 0; i < _paths.Length; i++)
        {
            n += ProposalReader.Read(_paths[i], _bytes[i]).Problems.Count;
        }
        return n;
    }

    [Benchmark]
    public int Yaml()
    {
        var n = 0;
        for (var i = 0; i < _paths.Length; i++)
        {
            n += YamlSourceReader.Read(_paths[i], _texts[i], []) is null ? 0 : 1;
        }
        return n;
    }

    [Benchmark]
    public int Bind()
    {
        var n = 0;
        for (var i = 0; i < _paths.Length; i++)
        {
            n += ProposalBinder.Bind(_paths[i], _trees[i], new SourceMap(), []) is null ? 0 : 1;
        }
        return n;
    }

    [Benchmark]
    public int Validate()
    {
        var n = 0;
        foreach (var proposal in _proposals)
        {
            n += _validator.Validate(proposal).Errors.Count;
        }
        return n;
    }

    [Benchmark]
    public int Facts()
    {
        var n = 0;
        foreach (var proposal in _proposals)
        {
            n += FactsBuilder.Build(proposal).ChainGaps.Length;
        }
        return n;
    }

    /// <summary>Every criterion of the pack over each proposal, facts prebuilt.</summary>
    [Benchmark]
    public int Evaluate()
    {
        var n = 0;
        for (var i = 0; i < _proposals.Length; i++)
        {
            foreach (var criterion in _pack.Criteria)
            {
                n += (int)ProposalEvaluator.Evaluate(criterion, _proposals[i], _facts[i]).Outcome;
            }
        }
        return n;
    }

    [Benchmark]
    public int Score()
    {
        var n = 0;
        foreach (var assessment in _assessments)
        {
            n += _scorer.Score(assessment).Questions;
        }
        return n;
    }

    /// <summary>The summary row's cells (the CSV writer's share is in <see cref="WholeSummaryCsv"/>).</summary>
    [Benchmark]
    public int SummaryRow()
    {
        var n = 0;
        foreach (var score in _scores)
        {
            n += ReportRows.Summary(score, CsvDialect.Standard).Length;
        }
        return n;
    }

    /// <summary>Facts, evaluation and scoring together, from a file already read.</summary>
    [Benchmark]
    public int WholeAssess()
    {
        var n = 0;
        foreach (var file in _files)
        {
            n += _assessor.Assess(file).Questions;
        }
        return n;
    }

    /// <summary>The whole pipeline on one thread, files from disk to the summary CSV.</summary>
    [Benchmark]
    public int WholeSummaryCsv()
    {
        var target = Path.Combine(Path.GetTempPath(), $"analyzer-bench-{Environment.ProcessId}.csv");
        using var sink = new SummaryCsvSink(target);
        var totals = new BatchPipeline(_pack, new ProposalReader(), jobs: 1).Run(_paths, [sink], Ignore);
        File.Delete(target);
        return totals.Assessed;
    }

    private static void Ignore(Diagnostic problem)
    {
    }
}
