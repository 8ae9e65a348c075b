using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using JumioGen.Benchmarks.Analyzers;
using JumioGen.Benchmarks.Calls;
using JumioGen.Benchmarks.Generator;
using JumioGen.Benchmarks.Reporting;

// Runs the benchmarks BenchmarkDotNet's command line selects (e.g. --filter '*'), then measures the compiler's own
// timings (GetTimingInfo, analyzer telemetry) and interleaved call ratios for the parts that ran, and prints one
// table of ratios.
// `--timings-only` skips BenchmarkDotNet and prints just those (quick look, ~2 minutes).
const string TimingsOnly = "--timings-only";
Summary[] summaries = [];
HashSet<Type> ran = [typeof(GeneratorBenchmarks), typeof(PerCallBenchmarks), typeof(AnalyzerBenchmarks)];
if (!args.Contains(TimingsOnly))
{
    // In-process: BenchmarkDotNet's default builds a copy of this project per run, which takes 1-2 minutes on the
    // shared 2-core machine and buys nothing for ratios measured within one run. Each class declares its own job.
    var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator());
    summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
    if (summaries.Length == 0)
    {
        return 0;
    }

    ran = summaries.SelectMany(s => s.BenchmarksCases).Select(c => c.Descriptor.Type).ToHashSet();
}

Console.WriteLine();
Console.WriteLine("Measuring the compiler's own timings (GetTimingInfo, analyzer telemetry) and interleaved call ratios ...");
var calls = ran.Contains(typeof(PerCallBenchmarks)) ? await InterleavedCalls.MeasureAsync() : null;
var generator = ran.Contains(typeof(GeneratorBenchmarks)) ? GeneratorTimings.Measure() : null;
var analyzers = ran.Contains(typeof(AnalyzerBenchmarks)) ? await AnalyzerTelemetry.MeasureAsync() : null;

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
