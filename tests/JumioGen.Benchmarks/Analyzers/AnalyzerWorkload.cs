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
    private readonly IReadOnlyList<SyntaxTree> _sourceTrees;
    private readonly IReadOnlyList<SyntaxTree> _generatedTrees;

    public AnalyzerWorkload()
    {
        _sourceTrees = LargeProjectSource.Trees();
        var source = Compile("Shop", _sourceTrees);
        Generators.CreateDriver(Generators.JumioGen()).RunGeneratorsAndUpdateCompilation(source, out var project, out _);
        Project = project;
        _generatedTrees = project.SyntaxTrees.Skip(_sourceTrees.Count).ToArray();
    }

    public Compilation Project { get; }

    public int Files => _sourceTrees.Count + _generatedTrees.Count;

    /// <summary>A compilation with fresh symbols each time, so nothing bound by an earlier run is reused.</summary>
    public Compilation Fresh() => Project.Clone();

    public CompilationWithAnalyzers WithAnalyzers(ImmutableArray<DiagnosticAnalyzer> analyzers, bool logExecutionTime = false) =>
        WithAnalyzers(Fresh(), analyzers, logExecutionTime);

    /// <summary>
    /// Runs the compiler and every analyzer over a tenth of the project (with all generated code, so it compiles), so
    /// that measured runs time analysis rather than the JIT compiling Roslyn and the analyzers.
    /// </summary>
    public void WarmUp()
    {
        var sample = Compile("WarmUp", _sourceTrees.Take(_sourceTrees.Count / 10).Concat(_generatedTrees));
        WithAnalyzers(sample, AnalyzerCatalog.All, logExecutionTime: false).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }

    private static Compilation Compile(string name, IEnumerable<SyntaxTree> trees) =>
        BenchmarkReferences.Compile(name, trees).WithOptions(BenchmarkReferences.LibraryOptions.WithConcurrentBuild(false));

    private static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logExecutionTime) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            ServerProjectOptions.Analyzer, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: logExecutionTime, reportSuppressedDiagnostics: false));
}
