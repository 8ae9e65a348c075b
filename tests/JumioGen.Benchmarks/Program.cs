using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using JumioGen.Benchmarks.Analyzers;
using JumioGen.Benchmarks.Calls;
using JumioGen.Benchmarks.Generator;
using JumioGen.Benchmarks.Reporting;

// Runs the benchmarks BenchmarkDotNet's command line selects (e.g. --filter '*'), then, for the parts that ran, the
// measurements BenchmarkDotNet cannot make (GetTimingInfo, analyzer telemetry, interleaved call ratios), and prints
// one table of ratios. Two options of our own (not passed to BenchmarkDotNet):
//   --analyzer-telemetry  also measure the analyzers' telemetry when AnalyzerBenchmarks is not in the filter
//   --timings-only        skip BenchmarkDotNet: only GetTimingInfo, interleaved calls and analyzer telemetry
//   --analyzers-only      skip BenchmarkDotNet and the other timings: only the analyzer telemetry (a few minutes)
const string TimingsOnly = "--timings-only";
const string AnalyzerTelemetryOption = "--analyzer-telemetry";
const string AnalyzersOnly = "--analyzers-only";
var benchmarkArgs = args.Where(a => a is not (TimingsOnly or AnalyzerTelemetryOption or AnalyzersOnly)).ToArray();

Summary[] summaries = [];
HashSet<Type> ran = args.Contains(AnalyzersOnly)
    ? [typeof(AnalyzerBenchmarks)]
    : [typeof(GeneratorBenchmarks), typeof(PerCallBenchmarks), typeof(AnalyzerBenchmarks)];
if (!args.Contains(TimingsOnly) && !args.Contains(AnalyzersOnly))
{
    // In-process: BenchmarkDotNet's default builds a copy of this project per run, which takes 1-2 minutes on the
    // shared 2-core machine and buys nothing for ratios measured within one run. Each class declares its own job.
    var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator());
    summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs, config).ToArray();
    if (summaries.Length == 0)
    {
        return 0;
    }

    ran = summaries.SelectMany(s => s.BenchmarksCases).Select(c => c.Descriptor.Type).ToHashSet();
}

Console.WriteLine();
Console.WriteLine("Measuring what BenchmarkDotNet cannot: GetTimingInfo, interleaved call ratios, analyzer telemetry ...");
var generator = ran.Contains(typeof(GeneratorBenchmarks)) ? GeneratorTimings.Measure() : null;
var calls = ran.Contains(typeof(PerCallBenchmarks)) ? await InterleavedCalls.MeasureAsync() : null;
var analyzers = ran.Contains(typeof(AnalyzerBenchmarks)) || args.Contains(AnalyzerTelemetryOption) ? await AnalyzerTelemetry.MeasureAsync() : null;

var table = RatioReport.Build(new BenchmarkResults(summaries), generator, calls, analyzers, Machine.Describe());
Console.WriteLine();
Console.WriteLine(table);
if (summaries.Length > 0)
{
    var path = Path.Combine(summaries[0].ResultsDirectoryPath, "ratios.md");
    await File.WriteAllTextAsync(path, table);
    Console.WriteLine($"(also written to {path})");
}

return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
