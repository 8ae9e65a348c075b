using System.Collections.Concurrent;
using System.Collections.Immutable;
using JumioGen.Analyzers.Security;
using JumioGen.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Analyzers.Tests.Robustness;

/// <summary>
/// Analyzers run on every keystroke in the IDE, so they see broken code far more often than finished code. None of
/// them may throw (an exception surfaces as AD0001 and disables the analyzer) on any variant of the corpus.
/// </summary>
public sealed class AnalyzerRobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
    [
        new BasicAuthToJumioApiAnalyzer(),
        new ClientSecretInClientSideProjectAnalyzer(),
        new HardCodedClientSecretAnalyzer(),
        new InsecureJumioTransportAnalyzer(),
        new LegacyNetverifyEndpointAnalyzer(),
    ];

    // Created once: compilations derived from it share the bound reference assemblies, which keeps 500 runs fast.
    private static readonly CSharpCompilation EmptyCompilation = CSharpCompilation.Create(
        "Variant",
        [],
        TestReferences.Additional,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    [Fact]
    public async Task No_analyzer_throws_on_hundreds_of_broken_sources()
    {
        var variants = SeedSources.All
            .SelectMany((seed, index) => Mutations.Of(seed, perKind: 16, seed: index).Select(v => (Name: $"seed {index}: {v.Name}", v.Text)))
            .ToList();
        var failures = new ConcurrentBag<string>();
        var reported = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(variants, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (variant, cancellationToken) =>
        {
            var (diagnostics, exceptions) = await AnalyzeAsync(variant.Text, cancellationToken);
            foreach (var exception in exceptions)
            {
                failures.Add($"{variant.Name}: {exception}");
            }

            foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
            {
                failures.Add($"{variant.Name}: {diagnostic}");
            }

            foreach (var diagnostic in diagnostics.Where(d => d.Id.StartsWith("JUMIO", StringComparison.Ordinal)))
            {
                reported.Add(diagnostic.Id);
            }
        });

        Assert.True(variants.Count >= 300, $"only {variants.Count} variants");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(5)));

        // The corpus really exercises the rules: on most variants the analyzers still find what the seed holds.
        Assert.Equal(["JUMIO001", "JUMIO002", "JUMIO003", "JUMIO004", "JUMIO005"], reported.Distinct().Order());
    }

    [Fact]
    public async Task The_unbroken_seeds_produce_every_rule()
    {
        var ids = new HashSet<string>();
        foreach (var seed in SeedSources.All)
        {
            var (diagnostics, exceptions) = await AnalyzeAsync(seed, CancellationToken.None);
            Assert.Empty(exceptions);
            ids.UnionWith(diagnostics.Select(d => d.Id));
        }

        Assert.Superset(new HashSet<string> { "JUMIO001", "JUMIO002", "JUMIO003", "JUMIO004", "JUMIO005" }, ids);
    }

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, List<Exception> Exceptions)> AnalyzeAsync(string source, CancellationToken cancellationToken)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Variant.cs", cancellationToken: cancellationToken);
        var compilation = EmptyCompilation.AddSyntaxTrees(tree);
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new BuildProperties(("build_property.JumioClientSide", "true"), ("build_property.UseMaui", "true"))),
            onAnalyzerException: (exception, _, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(exception);
                }
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
        return (diagnostics, exceptions);
    }

    /// <summary>Global build_property.* values, as MSBuild's generated global analyzer config provides them.</summary>
    private sealed class BuildProperties(params (string Key, string Value)[] values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values.ToDictionary(v => v.Key, v => v.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new([]);

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
