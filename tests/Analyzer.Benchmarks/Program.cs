using Analyzer.Benchmarks;
using BenchmarkDotNet.Running;

// 'phases DIR [passes]' is the CPU-time breakdown of the pipeline (PhaseProfile); 'allocations' and 'ten' are per-criterion
// bytes and times (AllocationProfile); anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["phases", .. var rest]:
        return PhaseProfile.Run(rest);
    case ["allocations"]:
        return AllocationProfile.Allocations();
    case ["ten"]:
        return AllocationProfile.Ten();
    default:
        BenchmarkSwitcher.FromAssembly(typeof(EvaluationBenchmarks).Assembly).Run(args);
        return 0;
}
