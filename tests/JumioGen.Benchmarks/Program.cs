using BenchmarkDotNet.Running;
using JumioGen.Benchmarks.Analyzers;
using JumioGen.Benchmarks.Generator;
using JumioGen.Benchmarks.Reporting;

// Runs the benchmarks BenchmarkDotNet's command line selects (e.g. --filter '*'), then measures the compiler's own
// timings (GetTimingInfo, analyzer telemetry) for the parts that ran, and prints one table of ratios.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
if (summaries.Length == 0)
{
    return 0;
}

var ran = summaries.SelectMany(s => s.BenchmarksCases).Select(c => c.Descriptor.Type).ToHashSet();
Console.WriteLine();
Console.WriteLine("Measuring the compiler's own timings (GetTimingInfo, analyzer telemetry) ...");
var generator = ran.Contains(typeof(GeneratorBenchmarks)) ? GeneratorTimings.Measure() : null;
var analyzers = ran.Contains(typeof(AnalyzerBenchmarks)) ? await AnalyzerTelemetry.MeasureAsync() : null;

var table = RatioReport.Build(new BenchmarkResults(summaries), generator, analyzers, Machine.Describe());
var path = Path.Combine(summaries[0].ResultsDirectoryPath, "ratios.md");
await File.WriteAllTextAsync(path, table);
Console.WriteLine();
Console.WriteLine(table);
Console.WriteLine($"(also written to {path})");
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
