using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;

namespace JumioGen.Benchmarks.Analyzers;

/// <summary>
/// What analyzers add to compiling a large project (2,000+ files): the compiler alone (baseline), with JumioGen's
/// analyzers, with the SDK's, and with all of them. Each run is seconds long, so one op per iteration.
/// JumioGen's share of the analyzer time itself comes from Roslyn's per-analyzer telemetry (see AnalyzerTelemetry).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AnalyzerBenchmarks
{
    private AnalyzerWorkload _workload = null!;

    [GlobalSetup]
    public void Setup() => _workload = new AnalyzerWorkload();

    [Benchmark(Baseline = true)]
    public int CompilerOnly() => _workload.Fresh().GetDiagnostics().Length;

    [Benchmark]
    public int WithJumioGenAnalyzers() => AnalyzerCatalog.JumioGen.IsEmpty
        ? CompilerOnly() // nothing to add yet: the row then shows the compiler alone
        : _workload.WithAnalyzers(AnalyzerCatalog.JumioGen).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark]
    public int WithSdkAnalyzers() => _workload.WithAnalyzers(AnalyzerCatalog.Sdk).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark]
    public int WithAllAnalyzers() => _workload.WithAnalyzers(AnalyzerCatalog.All).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
}
