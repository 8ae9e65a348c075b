using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace JumioGen.Benchmarks.Analyzers;

/// <summary>
/// Compiling a large project (2,000 files plus generated code) with the analyzers a normal build runs (the SDK's CA
/// rules; baseline) and with JumioGen's analyzers added: the ratio is what JumioGen adds to the build. Wall-clock
/// differences of a few percent are within noise on a shared machine, so JumioGen's share is also taken from Roslyn's
/// per-analyzer telemetry (AnalyzerTelemetry). Each run takes seconds: one op per iteration, and the JIT warm-up is
/// done once in the setup on a tenth of the project instead of in a full-size warm-up iteration.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class AnalyzerBenchmarks
{
    private AnalyzerWorkload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = new AnalyzerWorkload();
        _workload.WarmUp();
    }

    [Benchmark(Baseline = true)]
    public int CompileWithSdkAnalyzers() =>
        _workload.WithAnalyzers(AnalyzerCatalog.Sdk).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    // Without JumioGen analyzers in the build (yet), this runs the same analyzers as the baseline: the ratio then shows the noise.
    [Benchmark]
    public int CompileWithSdkAndJumioGenAnalyzers() =>
        _workload.WithAnalyzers(AnalyzerCatalog.All).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
}
