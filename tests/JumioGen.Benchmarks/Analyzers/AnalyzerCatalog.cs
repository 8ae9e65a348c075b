using System.Collections.Immutable;
using System.Reflection;
using JumioGen.Benchmarks.Roslyn;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Benchmarks.Analyzers;

/// <summary>
/// The analyzers a JumioGen user's build runs: JumioGen's own (every [DiagnosticAnalyzer] in the JumioGen.Analyzers
/// assembly, when this build has it) and the .NET SDK's code-quality analyzers (CA rules, on by default for net5.0+).
/// Adding a JumioGen analyzer needs no change here: it is found by its attribute.
/// </summary>
internal static class AnalyzerCatalog
{
    public const string JumioGenAnalyzersAssembly = "JumioGen.Analyzers";

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyJumioGen = new(() => [.. LoadJumioGen()]);

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazySdk = new(() => [.. LoadSdk()]);

    public static ImmutableArray<DiagnosticAnalyzer> JumioGen => LazyJumioGen.Value;

    public static ImmutableArray<DiagnosticAnalyzer> Sdk => LazySdk.Value;

    public static ImmutableArray<DiagnosticAnalyzer> All => [.. JumioGen, .. Sdk];

    public static bool IsJumioGen(DiagnosticAnalyzer analyzer) => analyzer.GetType().Assembly.GetName().Name == JumioGenAnalyzersAssembly;

    // The benchmark project references src/JumioGen.Analyzers when that project exists (see the .csproj); otherwise
    // there is nothing to load and JumioGen's share is reported as "no analyzers yet".
    private static IReadOnlyList<DiagnosticAnalyzer> LoadJumioGen()
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(JumioGenAnalyzersAssembly));
        }
        catch (FileNotFoundException)
        {
            return [];
        }

        return AnalyzerAssemblyLoader.Analyzers(assembly);
    }

    private static IReadOnlyList<DiagnosticAnalyzer> LoadSdk()
    {
        var folder = BenchmarkReferences.BuildMetadata("NetAnalyzersDirectory")
            ?? throw new InvalidOperationException("The project file did not record where the SDK's analyzers are.");
        return
        [
            .. AnalyzerAssemblyLoader.Analyzers(AnalyzerAssemblyLoader.LoadFrom(Path.Combine(folder, "Microsoft.CodeAnalysis.NetAnalyzers.dll"))),
            .. AnalyzerAssemblyLoader.Analyzers(AnalyzerAssemblyLoader.LoadFrom(Path.Combine(folder, "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"))),
        ];
    }
}
