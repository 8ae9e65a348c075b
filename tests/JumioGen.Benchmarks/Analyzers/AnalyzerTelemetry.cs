using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Benchmarks.Analyzers;

/// <summary>
/// Roslyn's per-analyzer execution time (<c>AnalyzerTelemetryInfo.ExecutionTime</c>, the figure
/// <c>-p:ReportAnalyzer=true</c> prints) over the large project: JumioGen's analyzers against all analyzers, and
/// against the whole compile (compiler + all analyzers). The analysis runs <see cref="Runs"/> times and the run with
/// the median JumioGen share is reported, because on a shared machine one run can be off by a factor of two.
/// </summary>
internal sealed record AnalyzerTelemetry(
    int Files,
    int JumioGenAnalyzers,
    int SdkAnalyzers,
    TimeSpan Compiler,
    TimeSpan JumioGen,
    TimeSpan AllAnalyzers,
    IReadOnlyList<(string Analyzer, TimeSpan Time)> JumioGenByAnalyzer,
    IReadOnlyList<double> SharesOfAnalyzerTime)
{
    public const int Runs = 3;

    public double ShareOfAnalyzerTime => AllAnalyzers > TimeSpan.Zero ? JumioGen / AllAnalyzers : 0;

    public double ShareOfCompile => JumioGen / (Compiler + AllAnalyzers);

    public static async Task<AnalyzerTelemetry> MeasureAsync()
    {
        var workload = new AnalyzerWorkload();
        workload.WarmUp();
        var clock = Stopwatch.StartNew();
        var diagnostics = workload.Fresh().GetDiagnostics();
        var compiler = clock.Elapsed;
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The large project does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        }

        var runs = new List<(TimeSpan JumioGen, TimeSpan All, (string, TimeSpan)[] ByAnalyzer)>();
        for (var run = 0; run < Runs; run++)
        {
            var analysis = await workload.WithAnalyzers(AnalyzerCatalog.All, logExecutionTime: true).GetAnalysisResultAsync(CancellationToken.None);
            var telemetry = analysis.AnalyzerTelemetryInfo;
            var jumioGen = telemetry.Where(t => AnalyzerCatalog.IsJumioGen(t.Key))
                .Select(t => (t.Key.GetType().Name, t.Value.ExecutionTime))
                .OrderByDescending(t => t.ExecutionTime)
                .ToArray();
            runs.Add((Sum(jumioGen.Select(t => t.ExecutionTime)), Sum(telemetry.Values.Select(t => t.ExecutionTime)), jumioGen));
        }

        var shares = runs.Select(r => r.All > TimeSpan.Zero ? r.JumioGen / r.All : 0).ToArray();
        var median = runs.OrderBy(r => r.All > TimeSpan.Zero ? r.JumioGen / r.All : 0).ElementAt(Runs / 2);
        return new AnalyzerTelemetry(
            workload.Files, AnalyzerCatalog.JumioGen.Length, AnalyzerCatalog.Sdk.Length, compiler, median.JumioGen, median.All, median.ByAnalyzer, shares);
    }

    private static TimeSpan Sum(IEnumerable<TimeSpan> times) => times.Aggregate(TimeSpan.Zero, (sum, time) => sum + time);
}
