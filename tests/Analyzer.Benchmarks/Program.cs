using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Analyzer.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
