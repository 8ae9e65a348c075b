using JumioGen.Benchmarks.Roslyn;
using JumioGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.Benchmarks.Generator;

/// <summary>The two generators under comparison, and drivers that run them the way the compiler does.</summary>
internal static class Generators
{
    /// <summary>Refit's own generator, loaded from the restored Refit package (analyzers/dotnet/roslyn4.8/cs).</summary>
    public static ISourceGenerator Refit() => RefitGenerator.Value;

    public static ISourceGenerator JumioGen() => JumioGenerator.Value;

    /// <summary>Finds what JumioGen finds and nothing more: the ForAttributeWithMetadataName floor.</summary>
    public static ISourceGenerator AttributeFinder() => Finder.Value;

    /// <summary>A driver with no state, as at the start of a command-line build.</summary>
    public static GeneratorDriver CreateDriver(ISourceGenerator generator, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [generator],
            parseOptions: BenchmarkReferences.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static string RefitGeneratorPath()
    {
        var packageRoot = BenchmarkReferences.BuildMetadata("RefitPackageRoot")
            ?? throw new InvalidOperationException("The project file did not record where the Refit package is.");
        var path = Path.Combine(packageRoot, "analyzers", "dotnet", "roslyn4.8", "cs", "InterfaceStubGeneratorV2.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Refit's source generator is not where Refit 16.4.0 puts it.", path);
    }

    // One instance each, reused by every driver, as the compiler server reuses analyzer instances.
    private static readonly Lazy<ISourceGenerator> JumioGenerator = new(() => new JumioApiGenerator().AsSourceGenerator());

    private static readonly Lazy<ISourceGenerator> Finder = new(() => new AttributeFinderGenerator().AsSourceGenerator());

    private static readonly Lazy<ISourceGenerator> RefitGenerator = new(() =>
        AnalyzerAssemblyLoader.Generators(AnalyzerAssemblyLoader.LoadFrom(RefitGeneratorPath())).Single());
}
