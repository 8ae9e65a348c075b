using System.Collections.Immutable;
using JumioGen.Benchmarks.Generator;
using JumioGen.Benchmarks.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Benchmarks.Analyzers;

/// <summary>
/// The large project after the JumioGen generator ran (so its [JumioApi] clients exist), compiled single-threaded so
/// time is attributed to one analyzer at a time and a 2-core machine shared with others adds less noise.
/// </summary>
internal sealed class AnalyzerWorkload
{
    public AnalyzerWorkload()
    {
        var source = BenchmarkReferences.Compile("Shop", LargeProjectSource.Trees())
            .WithOptions(BenchmarkReferences.LibraryOptions.WithConcurrentBuild(false));
        Generators.CreateDriver(Generators.JumioGen()).RunGeneratorsAndUpdateCompilation(source, out var project, out _);
        Project = project;
    }

    public Compilation Project { get; }

    public int Files => Project.SyntaxTrees.Count();

    /// <summary>A compilation with fresh symbols each time, so nothing bound by an earlier run is reused.</summary>
    public Compilation Fresh() => Project.Clone();

    public CompilationWithAnalyzers WithAnalyzers(ImmutableArray<DiagnosticAnalyzer> analyzers, bool logExecutionTime = false) =>
        Fresh().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            ServerProjectOptions.Analyzer, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: logExecutionTime, reportSuppressedDiagnostics: false));
}
