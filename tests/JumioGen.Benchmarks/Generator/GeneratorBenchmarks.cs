using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;

namespace JumioGen.Benchmarks.Generator;

/// <summary>
/// Generator cost over 200 interfaces × 10 operations. "Cold": a driver with no state over a compilation with fresh
/// symbols (a command-line build). "Incremental": the warm driver after an edit no generator cares about (the IDE
/// after a keystroke). Each category has its own baseline, so each ratio answers one question. Refit after the same
/// edit and a generator that only finds the attributed interfaces (<see cref="AttributeFinderGenerator"/>) are there
/// to explain the incremental figure.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    public const string Cold = "Generator cold";
    public const string Incremental = "Generator incremental";

    private GeneratorWorkload _jumio = null!;
    private GeneratorWorkload _refit = null!;
    private GeneratorDriver _warmJumioDriver = null!;
    private GeneratorDriver _warmRefitDriver = null!;
    private GeneratorDriver _warmFinderDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _jumio = GeneratorWorkload.JumioGen();
        _refit = GeneratorWorkload.Refit();
        _warmJumioDriver = Generators.CreateDriver(Generators.JumioGen()).RunGenerators(_jumio.Compilation);
        _warmRefitDriver = Generators.CreateDriver(Generators.Refit()).RunGenerators(_refit.Compilation);
        _warmFinderDriver = Generators.CreateDriver(Generators.AttributeFinder()).RunGenerators(_jumio.Compilation);

        // Measuring a generator that produced nothing would flatter it: check both did their job.
        GeneratorChecks.EnsureGenerated(_warmJumioDriver, _jumio);
        GeneratorChecks.EnsureGenerated(_warmRefitDriver, _refit);
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Cold)]
    public GeneratorDriver Refit_Cold() => Generators.CreateDriver(Generators.Refit()).RunGenerators(_refit.Compilation.Clone());

    [Benchmark, BenchmarkCategory(Cold)]
    public GeneratorDriver Refit_AfterUnrelatedEdit() => _warmRefitDriver.RunGenerators(_refit.CompilationAfterUnrelatedEdit());

    [Benchmark, BenchmarkCategory(Cold)]
    public GeneratorDriver JumioGen_Cold() => Generators.CreateDriver(Generators.JumioGen()).RunGenerators(_jumio.Compilation.Clone());

    // The same work as JumioGen_Cold, repeated here because a benchmark has one category and this one needs its own baseline.
    [Benchmark(Baseline = true), BenchmarkCategory(Incremental)]
    public GeneratorDriver JumioGen_Cold_Reference() => Generators.CreateDriver(Generators.JumioGen()).RunGenerators(_jumio.Compilation.Clone());

    [Benchmark, BenchmarkCategory(Incremental)]
    public GeneratorDriver JumioGen_AfterUnrelatedEdit() => _warmJumioDriver.RunGenerators(_jumio.CompilationAfterUnrelatedEdit());

    // Diagnosis, not a target: what ForAttributeWithMetadataName alone costs after the same edit.
    [Benchmark, BenchmarkCategory(Incremental)]
    public GeneratorDriver AttributeFinder_AfterUnrelatedEdit() => _warmFinderDriver.RunGenerators(_jumio.CompilationAfterUnrelatedEdit());
}
