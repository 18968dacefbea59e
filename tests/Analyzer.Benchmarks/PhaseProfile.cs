using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Proposals.Source;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Analyzer.Benchmarks -- phases DIR [passes]</c>: the steps of
/// <c>assess DIR --summary x.csv</c> run one after another on one thread, each timed in CPU time of that thread (so
/// other processes on a busy machine do not count), and the totals per phase. The first pass includes the JIT, as a
/// real run does; later passes show the steady state. The steps are those of <see cref="ProposalReader"/> and the
/// pipeline, called through their public parts; the sum is close to, not exactly, the pipeline's own cost.
/// </summary>
internal static class PhaseProfile
{
    private static readonly string[] Phases =
        ["file read", "sha-256", "utf-8", "yaml", "bind", "validate", "direction", "facts", "evaluate", "score", "summary row", "csv write"];

    public static int Run(string[] args)
    {
        var dir = args.Length > 0 ? args[0] : Path.Combine(Repository.Root(), "proposals");
        var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
        var start = Cpu();
        var pack = RulePackLoader.Load(Path.Combine(Repository.Root(), "rules")).Pack!;
        var loaded = Cpu() - start;
        var files = ProposalFinder.Find([dir]).Files;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rule pack load: {loaded / 1000.0:F0} ms CPU; {files.Count} files"));
        var validator = new ProposalValidator();
        var evaluator = new ProposalEvaluator(pack);
        var scorer = new Scorer(pack);
        var utf8 = new System.Text.UTF8Encoding(false, true);
        for (var pass = 1; pass <= passes; pass++)
        {
            var spent = new long[Phases.Length];
            var target = Path.Combine(Path.GetTempPath(), $"analyzer-phases-{Environment.ProcessId}.csv");
            using (var writer = new CsvReportWriter(target, SummaryColumns.For(pack, [])))
            {
                foreach (var path in files)
                {
                    var t = Cpu();
                    void Lap(int phase)
                    {
                        var now = Cpu();
                        spent[phase] += now - t;
                        t = now;
                    }
                    var bytes = File.ReadAllBytes(path);
                    Lap(0);
                    var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                    Lap(1);
                    var text = utf8.GetString(bytes);
                    Lap(2);
                    var tree = YamlSourceReader.Read(path, text, []);
                    Lap(3);
                    var map = new SourceMap();
                    var proposal = ProposalBinder.Bind(path, tree!, map, []);
                    Lap(4);
                    var errors = validator.Validate(proposal!).Errors.Count;
                    Lap(5);
                    _ = DirectionCheck.Warn(path, proposal!, map);
                    Lap(6);
                    if (errors > 0)
                    {
                        continue;
                    }
                    var facts = FactsBuilder.Build(proposal!);
                    Lap(7);
                    var results = new CriterionResult[pack.Criteria.Count];
                    for (var i = 0; i < results.Length; i++)
                    {
                        results[i] = ProposalEvaluator.Evaluate(pack.Criteria[i], proposal!, facts);
                    }
                    Lap(8);
                    var file = new ProposalFile { Path = path, Proposal = proposal, Sha256 = sha, Map = map };
                    var score = scorer.Score(new Assessment { File = file, Proposal = proposal!, Facts = facts, Results = results });
                    Lap(9);
                    var row = ReportRows.Summary(score, CsvDialect.Standard);
                    Lap(10);
                    writer.WriteRow(row);
                    Lap(11);
                }
                writer.Commit();
            }
            File.Delete(target);
            var total = spent.Sum();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass}: {total / 1000.0:F0} ms CPU, {total / (double)files.Count:F1} us per file"));
            for (var i = 0; i < Phases.Length; i++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {Phases[i],-12} {spent[i] / (double)files.Count,8:F1} us/file {100.0 * spent[i] / total,5:F1} %"));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; {GC.GetTotalAllocatedBytes() / 1048576} MB allocated"));
        return 0;
    }

    /// <summary>CPU time of the calling thread in microseconds (Linux); wall-clock time elsewhere.</summary>
    private static long Cpu()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ThreadCpuTime, out var ts) == 0)
        {
            return (ts.Seconds * 1_000_000) + (ts.Nanoseconds / 1000);
        }
        return Stopwatch.GetTimestamp() * 1_000_000 / Stopwatch.Frequency;
    }

    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
#pragma warning disable SYSLIB1054, CA5392 // a benchmark helper; LibraryImport would need unsafe code for no gain
    private static extern int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054, CA5392
}
