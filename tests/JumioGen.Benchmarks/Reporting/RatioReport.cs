using System.Globalization;
using System.Text;
using JumioGen.Benchmarks.Analyzers;
using JumioGen.Benchmarks.Calls;
using JumioGen.Benchmarks.Generator;
using JumioGen.Benchmarks.Tokens;

namespace JumioGen.Benchmarks.Reporting;

/// <summary>
/// The one table this project exists for: every comparison as a ratio within one run, next to its target
/// (design.md §9). Rows whose benchmarks did not run (a --filter) are left out.
/// </summary>
internal sealed class RatioReport
{
    private readonly List<string> _rows = [];
    private readonly BenchmarkResults _results;

    private RatioReport(BenchmarkResults results) => _results = results;

    public static string Build(BenchmarkResults results, GeneratorTimings? generator, InterleavedCalls? calls, AnalyzerTelemetry? analyzers, string machine)
    {
        var report = new RatioReport(results);
        report.AddGeneratorRows(generator);
        report.AddCallRows("workflow status", "Status", calls?.StatusJumioGen, calls?.StatusRefit, calls);
        report.AddCallRows("create account", "CreateAccount", calls?.CreateJumioGen, calls?.CreateRefit, calls);
        report.AddTokenRows();
        report.AddAnalyzerRows(analyzers);

        var text = new StringBuilder()
            .AppendLine("| Comparison (ratio within one run) | Measured | Target | |")
            .AppendLine("|---|---|---|---|");
        foreach (var row in report._rows)
        {
            text.AppendLine(row);
        }

        return text.AppendLine().Append("Machine: ").AppendLine(machine).ToString();
    }

    private void AddGeneratorRows(GeneratorTimings? timings)
    {
        const string type = nameof(GeneratorBenchmarks);
        if (Ran(type, nameof(GeneratorBenchmarks.JumioGen_Cold), nameof(GeneratorBenchmarks.Refit_Cold)))
        {
            var ratio = Ratio(type, nameof(GeneratorBenchmarks.JumioGen_Cold), nameof(GeneratorBenchmarks.Refit_Cold));
            Row($"Generator cold, {GeneratorWorkload.Interfaces} interfaces × {GeneratorWorkload.OperationsPerInterface} operations: JumioGen ÷ Refit 16.4.0",
                Times(ratio) + $" ({Duration(type, nameof(GeneratorBenchmarks.JumioGen_Cold))} vs {Duration(type, nameof(GeneratorBenchmarks.Refit_Cold))})",
                "≤ 0.50×", ratio <= 0.5);
            if (Ran(type, nameof(GeneratorBenchmarks.Refit_AfterUnrelatedEdit)))
            {
                Row("(for comparison) Refit re-run after the unrelated edit ÷ Refit cold",
                    Percent(Ratio(type, nameof(GeneratorBenchmarks.Refit_AfterUnrelatedEdit), nameof(GeneratorBenchmarks.Refit_Cold)))
                    + $" ({Duration(type, nameof(GeneratorBenchmarks.Refit_AfterUnrelatedEdit))})", "—", null);
            }

            Row("Generator cold, bytes allocated: JumioGen ÷ Refit",
                BytesRatio(type, nameof(GeneratorBenchmarks.JumioGen_Cold), nameof(GeneratorBenchmarks.Refit_Cold)), "—", null);
        }

        if (Ran(type, nameof(GeneratorBenchmarks.JumioGen_AfterUnrelatedEdit), nameof(GeneratorBenchmarks.JumioGen_Cold_Reference)))
        {
            var ratio = Ratio(type, nameof(GeneratorBenchmarks.JumioGen_AfterUnrelatedEdit), nameof(GeneratorBenchmarks.JumioGen_Cold_Reference));
            Row("Generator re-run after an unrelated edit ÷ cold run (JumioGen)",
                Percent(ratio) + $" ({Duration(type, nameof(GeneratorBenchmarks.JumioGen_AfterUnrelatedEdit))} vs {Duration(type, nameof(GeneratorBenchmarks.JumioGen_Cold_Reference))})",
                "≤ 5 %", ratio <= 0.05);
            if (Ran(type, nameof(GeneratorBenchmarks.AttributeFinder_AfterUnrelatedEdit)))
            {
                Row("(diagnosis) ForAttributeWithMetadataName alone, same edit ÷ JumioGen cold run",
                    Percent(Ratio(type, nameof(GeneratorBenchmarks.AttributeFinder_AfterUnrelatedEdit), nameof(GeneratorBenchmarks.JumioGen_Cold_Reference)))
                    + $" ({Duration(type, nameof(GeneratorBenchmarks.AttributeFinder_AfterUnrelatedEdit))})", "—", null);
            }
        }

        if (timings is not null)
        {
            var cold = timings.JumioGenCold / timings.RefitCold;
            Row($"GetTimingInfo(), generator time, cold: JumioGen ÷ Refit (median of {timings.Runs})",
                $"{Times(cold)} ({Ms(timings.JumioGenCold)} vs {Ms(timings.RefitCold)}; whole pass {Ms(timings.JumioGenColdPass)} vs {Ms(timings.RefitColdPass)})",
                "≤ 0.50×", cold <= 0.5);
            var incremental = timings.JumioGenIncremental / timings.JumioGenCold;
            Row("GetTimingInfo(), generator time, after unrelated edit ÷ cold (JumioGen)",
                $"{Percent(incremental)} ({Ms(timings.JumioGenIncremental)}); tracked step outputs not Cached/Unchanged: {timings.StepsNotCachedAfterEdit} of {timings.StepsAfterEdit}",
                "≤ 5 %, all Cached/Unchanged", incremental <= 0.05 && timings.StepsNotCachedAfterEdit == 0);
        }
    }

    private void AddCallRows(string what, string prefix, double? interleavedJumioGen, double? interleavedRefit, InterleavedCalls? calls)
    {
        const string type = nameof(PerCallBenchmarks);
        string jumio = prefix + "_JumioGen", floor = prefix + "_HandWritten", refit = prefix + "_Refit";
        if (Ran(type, jumio, floor, refit))
        {
            var time = Ratio(type, jumio, floor);
            Row($"Call ({what}), time: JumioGen ÷ hand-written HttpClient (floor), BenchmarkDotNet",
                Times(time) + $" ({Duration(type, jumio)} vs {Duration(type, floor)}; Refit {Duration(type, refit)})", "≤ 1.15×", time <= 1.15);
        }

        if (interleavedJumioGen is { } jumioGen && interleavedRefit is { } refitTime && calls is not null)
        {
            Row($"Call ({what}), time: JumioGen ÷ floor, interleaved turns (median of {calls.Rounds} rounds × {calls.CallsPerTurn} calls)",
                Times(jumioGen) + $" (Refit + token handler ÷ floor: {Times(refitTime)})", "≤ 1.15×", jumioGen <= 1.15);
            Row($"Call ({what}), time: JumioGen ÷ Refit + token handler, interleaved", Times(jumioGen / refitTime), "< 1.00×", jumioGen < refitTime);
        }

        if (Ran(type, jumio, floor, refit))
        {
            var bytes = (double)(_results.Bytes(Key(type, jumio)) ?? 0) / (_results.Bytes(Key(type, refit)) ?? 1);
            Row($"Call ({what}), bytes allocated: JumioGen ÷ Refit + token handler",
                $"{Times(bytes)} ({Bytes(type, jumio)} vs {Bytes(type, refit)}; floor {Bytes(type, floor)})", "< 1.00×", bytes < 1);
        }
    }

    private void AddTokenRows()
    {
        const string type = nameof(TokenCacheBenchmarks);
        if (Ran(type, nameof(TokenCacheBenchmarks.CachedLookup)))
        {
            var bytes = _results.Bytes(Key(type, nameof(TokenCacheBenchmarks.CachedLookup)));
            Row("Token cache hot path: bytes allocated per cached lookup",
                $"{bytes?.ToString(CultureInfo.InvariantCulture) ?? "?"} B ({Duration(type, nameof(TokenCacheBenchmarks.CachedLookup))} per lookup)", "0 B", bytes == 0);
        }

        if (Ran(type, nameof(TokenCacheBenchmarks.ConcurrentLookups), nameof(TokenCacheBenchmarks.SequentialLookups)))
        {
            var ratio = Ratio(type, nameof(TokenCacheBenchmarks.ConcurrentLookups), nameof(TokenCacheBenchmarks.SequentialLookups));
            Row($"Token cache: time per lookup, {TokenCacheBenchmarks.ConcurrentCallers} concurrent callers ÷ 1 caller",
                $"{Times(ratio)} ({Duration(type, nameof(TokenCacheBenchmarks.ConcurrentLookups))} vs {Duration(type, nameof(TokenCacheBenchmarks.SequentialLookups))}; "
                + $"{1e9 / _results.Mean(Key(type, nameof(TokenCacheBenchmarks.ConcurrentLookups))) / 1e6:F1} M lookups/s)",
                "—", null);
        }
    }

    private void AddAnalyzerRows(AnalyzerTelemetry? telemetry)
    {
        const string type = nameof(AnalyzerBenchmarks);
        if (telemetry is not null)
        {
            var none = telemetry.JumioGenAnalyzers == 0;
            var who = none
                ? "no JumioGen analyzers in this build yet"
                : string.Join(", ", telemetry.JumioGenByAnalyzer.Select(a => $"{a.Analyzer} {Ms(a.Time)}"));
            Row($"Analyzers over {telemetry.Files:N0} files: JumioGen's share of all analyzer time (ExecutionTime telemetry, median of {AnalyzerTelemetry.Runs})",
                $"{Percent(telemetry.ShareOfAnalyzerTime)} ({Ms(telemetry.JumioGen)} of {Ms(telemetry.AllAnalyzers)}; runs {string.Join(", ", telemetry.SharesOfAnalyzerTime.Select(Percent))}; "
                + $"{telemetry.JumioGenAnalyzers} JumioGen + {telemetry.SdkAnalyzers} SDK analyzers; {who})",
                "≤ 2 %", none ? null : telemetry.ShareOfAnalyzerTime <= 0.02);
            Row("Analyzers: JumioGen's share of the whole compile (compiler + all analyzers)",
                $"{Percent(telemetry.ShareOfCompile)} (compiler alone {Ms(telemetry.Compiler)})", "≤ 2 %", none ? null : telemetry.ShareOfCompile <= 0.02);
        }

        if (Ran(type, nameof(AnalyzerBenchmarks.CompileWithSdkAndJumioGenAnalyzers), nameof(AnalyzerBenchmarks.CompileWithSdkAnalyzers)))
        {
            var ratio = Ratio(type, nameof(AnalyzerBenchmarks.CompileWithSdkAndJumioGenAnalyzers), nameof(AnalyzerBenchmarks.CompileWithSdkAnalyzers));
            Row("Compile with SDK + JumioGen analyzers ÷ compile with SDK analyzers (wall clock)",
                Times(ratio) + $" ({Duration(type, nameof(AnalyzerBenchmarks.CompileWithSdkAndJumioGenAnalyzers))} vs {Duration(type, nameof(AnalyzerBenchmarks.CompileWithSdkAnalyzers))}"
                + (telemetry?.JumioGenAnalyzers == 0 ? "; the same analyzers on both sides, so this shows the wall-clock noise" : "") + ")",
                "— (the telemetry rows decide)", null);
        }
    }

    private void Row(string comparison, string measured, string target, bool? met) =>
        _rows.Add($"| {comparison} | {measured} | {target} | {met switch { true => "met", false => "**missed**", null => "" }} |");

    private bool Ran(string type, params string[] methods) => methods.All(m => _results.Has(Key(type, m)));

    private double Ratio(string type, string method, string baseline) => _results.Mean(Key(type, method)) / _results.Mean(Key(type, baseline));

    private string BytesRatio(string type, string method, string baseline) =>
        Times((double)(_results.Bytes(Key(type, method)) ?? 0) / (_results.Bytes(Key(type, baseline)) ?? 1))
        + $" ({Bytes(type, method)} vs {Bytes(type, baseline)})";

    private string Duration(string type, string method) => Nanoseconds(_results.Mean(Key(type, method)));

    private string Bytes(string type, string method) => _results.Bytes(Key(type, method)) switch
    {
        null => "?",
        >= 10 * 1024 * 1024 and var b => $"{b / (1024.0 * 1024):F1} MB",
        >= 10 * 1024 and var b => $"{b / 1024.0:F1} KB",
        var b => $"{b} B",
    };

    private static string Key(string type, string method) => type + "." + method;

    private static string Times(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Percent(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    private static string Nanoseconds(double ns) => ns switch
    {
        >= 1e9 => (ns / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + " s",
        >= 1e6 => (ns / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " ms",
        >= 1e3 => (ns / 1e3).ToString("0.00", CultureInfo.InvariantCulture) + " µs",
        _ => ns.ToString("0.0", CultureInfo.InvariantCulture) + " ns",
    };
}
