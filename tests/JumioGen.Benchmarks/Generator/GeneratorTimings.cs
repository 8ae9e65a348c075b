using Microsoft.CodeAnalysis;

namespace JumioGen.Benchmarks.Generator;

/// <summary>
/// The compiler's own account of generator time, <see cref="GeneratorDriver.GetTimingInfo"/>, for the same runs the
/// benchmarks time from outside; plus the checks that the runs are what they claim (output compiles, the run after an
/// unrelated edit finds every tracked step Cached/Unchanged).
/// </summary>
internal sealed record GeneratorTimings(
    TimeSpan JumioGenCold,
    TimeSpan RefitCold,
    TimeSpan JumioGenIncremental,
    TimeSpan JumioGenColdPass,
    TimeSpan RefitColdPass,
    int Runs,
    int StepsAfterEdit,
    int StepsNotCachedAfterEdit)
{
    /// <summary>Median of <paramref name="runs"/> runs each, after one run that warms up the JIT.</summary>
    public static GeneratorTimings Measure(int runs = 11)
    {
        var jumio = GeneratorWorkload.JumioGen();
        var refit = GeneratorWorkload.Refit();
        GeneratorChecks.EnsureOutputCompiles(jumio, Generators.JumioGen());
        GeneratorChecks.EnsureOutputCompiles(refit, Generators.Refit());

        var jumioCold = Repeat(runs, () => Generators.CreateDriver(Generators.JumioGen()).RunGenerators(jumio.Compilation.Clone()));
        var refitCold = Repeat(runs, () => Generators.CreateDriver(Generators.Refit()).RunGenerators(refit.Compilation.Clone()));
        var warm = Generators.CreateDriver(Generators.JumioGen()).RunGenerators(jumio.Compilation);
        var incremental = Repeat(runs, () => warm.RunGenerators(jumio.CompilationAfterUnrelatedEdit()));
        var (steps, notCached) = StepsAfterUnrelatedEdit(jumio);

        return new GeneratorTimings(
            Median(jumioCold, t => t.GeneratorTimes[0].ElapsedTime),
            Median(refitCold, t => t.GeneratorTimes[0].ElapsedTime),
            Median(incremental, t => t.GeneratorTimes[0].ElapsedTime),
            Median(jumioCold, t => t.ElapsedTime),
            Median(refitCold, t => t.ElapsedTime),
            runs,
            steps,
            notCached);
    }

    private static (int Steps, int NotCached) StepsAfterUnrelatedEdit(GeneratorWorkload workload)
    {
        var driver = Generators.CreateDriver(Generators.JumioGen(), trackSteps: true).RunGenerators(workload.Compilation);
        var result = driver.RunGenerators(workload.CompilationAfterUnrelatedEdit()).GetRunResult().Results.Single();
        // JumioGen's own named steps and its outputs; Roslyn's internal ForAttributeWithMetadataName steps are
        // legitimately Modified (they combine with the new compilation).
        var ownSteps = typeof(global::JumioGen.Generator.TrackingNames)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();
        var outputs = ownSteps.SelectMany(name => result.TrackedSteps.TryGetValue(name, out var steps) ? steps : [])
            .Concat(result.TrackedOutputSteps.Values.SelectMany(steps => steps))
            .SelectMany(step => step.Outputs)
            .ToArray();
        return (outputs.Length, outputs.Count(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)));
    }

    private static GeneratorDriverTimingInfo[] Repeat(int runs, Func<GeneratorDriver> run)
    {
        run();
        return Enumerable.Range(0, runs).Select(_ => run().GetTimingInfo()).ToArray();
    }

    private static TimeSpan Median(GeneratorDriverTimingInfo[] timings, Func<GeneratorDriverTimingInfo, TimeSpan> select)
    {
        var sorted = timings.Select(select).Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
