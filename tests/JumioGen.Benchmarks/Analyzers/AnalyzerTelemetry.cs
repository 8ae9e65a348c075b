using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Benchmarks.Analyzers;

/// <summary>
/// Roslyn's per-analyzer execution time (<c>AnalyzerTelemetryInfo.ExecutionTime</c>, the figure
/// <c>-p:ReportAnalyzer=true</c> prints) over the large project: JumioGen's analyzers against all analyzers, and
/// against the whole compile (compiler + all analyzers).
/// </summary>
internal sealed record AnalyzerTelemetry(
    int Files,
    int JumioGenAnalyzers,
    int SdkAnalyzers,
    TimeSpan Compiler,
    TimeSpan JumioGen,
    TimeSpan AllAnalyzers,
    int AnalyzerDiagnostics,
    IReadOnlyList<(string Analyzer, TimeSpan Time)> JumioGenByAnalyzer)
{
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

        var analysis = await workload.WithAnalyzers(AnalyzerCatalog.All, logExecutionTime: true).GetAnalysisResultAsync(CancellationToken.None);
        var telemetry = analysis.AnalyzerTelemetryInfo;
        var jumioGen = telemetry.Where(t => AnalyzerCatalog.IsJumioGen(t.Key))
            .Select(t => (t.Key.GetType().Name, t.Value.ExecutionTime))
            .OrderByDescending(t => t.ExecutionTime)
            .ToArray();
        return new AnalyzerTelemetry(
            workload.Files,
            AnalyzerCatalog.JumioGen.Length,
            AnalyzerCatalog.Sdk.Length,
            compiler,
            jumioGen.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.ExecutionTime),
            telemetry.Values.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.ExecutionTime),
            analysis.GetAllDiagnostics().Length,
            jumioGen);
    }
}
