using Analyzer.Benchmarks;
using BenchmarkDotNet.Running;

// 'phases DIR [passes]' is the CPU-time breakdown of the pipeline (PhaseProfile); anything else goes to BenchmarkDotNet.
return args is ["phases", .. var rest]
    ? PhaseProfile.Run(rest)
    : BenchmarkSwitcher.FromAssembly(typeof(EvaluationBenchmarks).Assembly).Run(args).Any() ? 0 : 0;
