using BenchmarkDotNet.Reports;

namespace JumioGen.Benchmarks.Reporting;

/// <summary>Median time and bytes per operation of each benchmark that ran, by "Class.Method".</summary>
internal sealed class BenchmarkResults
{
    private readonly Dictionary<string, (double MeanNanoseconds, long? Bytes)> _results = new(StringComparer.Ordinal);

    public BenchmarkResults(IEnumerable<Summary> summaries)
    {
        foreach (var report in summaries.SelectMany(summary => summary.Reports))
        {
            if (report.ResultStatistics is not { } statistics)
            {
                continue;
            }

            var descriptor = report.BenchmarkCase.Descriptor;
            _results[$"{descriptor.Type.Name}.{descriptor.WorkloadMethod.Name}"] =
                (statistics.Median, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase));
        }
    }

    public bool Has(string benchmark) => _results.ContainsKey(benchmark);

    public double Mean(string benchmark) => _results[benchmark].MeanNanoseconds;

    public long? Bytes(string benchmark) => _results[benchmark].Bytes;
}
