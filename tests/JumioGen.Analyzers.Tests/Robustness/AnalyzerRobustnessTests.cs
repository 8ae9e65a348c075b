using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using JumioGen.Analyzers.Declarations;
using JumioGen.Analyzers.Tests.Verifiers;
using JumioGen.Generator.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Analyzers.Tests.Robustness;

/// <summary>
/// Analyzers run on every keystroke in the IDE, so they see broken code far more often than finished code. None of
/// them may throw (an exception surfaces as AD0001 and disables the analyzer) on any variant of either corpus: this
/// project's own (security rules' seeds) and the generator's broken [JumioApi] declarations (linked from
/// JumioGen.Generator.Tests/Corpus).
/// </summary>
public sealed class AnalyzerRobustnessTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int DeclarationVariants = 2000;

    // Variants per compilation: binding the references is the expensive part, so a batch shares it.
    private const int BatchSize = 25;

    /// <summary>Every analyzer JumioGen ships, found by reflection so a new one is covered without touching this test.</summary>
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
    [
        .. typeof(HelpLinks).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!),
    ];

    // Created once: compilations derived from it share the bound reference assemblies, which keeps thousands of runs fast.
    private static readonly CSharpCompilation EmptyCompilation = CSharpCompilation.Create(
        "Variant",
        [],
        TestReferences.Additional,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    [Fact]
    public void Every_shipped_analyzer_is_under_test()
    {
        var names = Analyzers.Select(analyzer => analyzer.GetType().Name).ToList();

        Assert.Contains(nameof(JumioApiDeclarationAnalyzer), names);
        Assert.Superset(
            new HashSet<string> { "BasicAuthToJumioApiAnalyzer", "ClientSecretInClientSideProjectAnalyzer", "HardCodedClientSecretAnalyzer", "InsecureJumioTransportAnalyzer", "LegacyNetverifyEndpointAnalyzer" },
            names.ToHashSet());
    }

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
            var (diagnostics, exceptions) = await AnalyzeAsync([variant.Text], cancellationToken);
            AddAll(failures, Failures(variant.Name, diagnostics, exceptions));
            AddAll(reported, diagnostics.Where(d => d.Id.StartsWith("JUMIO", StringComparison.Ordinal)).Select(d => d.Id));
        });

        Assert.True(variants.Count >= 300, $"only {variants.Count} variants");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(5)));

        // The corpus really exercises the rules: on most variants the analyzers still find what the seed holds.
        Assert.Superset(new HashSet<string> { "JUMIO001", "JUMIO002", "JUMIO003", "JUMIO004", "JUMIO005" }, reported.ToHashSet());
    }

    [Fact]
    public async Task No_analyzer_throws_on_the_generators_broken_declarations()
    {
        var watch = Stopwatch.StartNew();
        var variants = MutatedDeclarations.Create(DeclarationVariants, MutatedDeclarations.DefaultSeed);
        var failures = new ConcurrentBag<string>();
        var reported = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(variants.Chunk(BatchSize), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (batch, cancellationToken) =>
        {
            var (diagnostics, exceptions) = await AnalyzeAsync(batch, cancellationToken);
            AddAll(reported, diagnostics.Where(d => d.Id.StartsWith("JUMIO", StringComparison.Ordinal)).Select(d => d.Id));
            if (Failures("batch", diagnostics, exceptions).Any())
            {
                // Rare, so only then: one variant at a time, to name the source that broke an analyzer.
                foreach (var source in batch)
                {
                    var (alone, thrown) = await AnalyzeAsync([source], cancellationToken);
                    AddAll(failures, Failures("variant:\n" + source, alone, thrown));
                }
            }
        });

        output.WriteLine($"{variants.Count} variants, {Analyzers.Length} analyzers, in {watch.Elapsed.TotalSeconds:0.0} s: "
            + string.Join(", ", reported.GroupBy(id => id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}")));
        Assert.True(variants.Count >= 2000, $"only {variants.Count} variants");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(3)));

        // The broken declarations really reach the declaration rules, not just the parser.
        var declarationRules = reported.Where(id => id.StartsWith("JUMIO1", StringComparison.Ordinal)).Distinct().Count();
        Assert.True(declarationRules >= 5, $"only {declarationRules} distinct JUMIO1xx rules were reported");
    }

    [Fact]
    public async Task The_unbroken_seeds_produce_every_rule()
    {
        var ids = new HashSet<string>();
        foreach (var seed in SeedSources.All)
        {
            var (diagnostics, exceptions) = await AnalyzeAsync([seed], CancellationToken.None);
            Assert.Empty(exceptions);
            ids.UnionWith(diagnostics.Select(d => d.Id));
        }

        Assert.Superset(new HashSet<string> { "JUMIO001", "JUMIO002", "JUMIO003", "JUMIO004", "JUMIO005" }, ids);
    }

    private static void AddAll(ConcurrentBag<string> bag, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            bag.Add(item);
        }
    }

    private static IEnumerable<string> Failures(string name, ImmutableArray<Diagnostic> diagnostics, List<Exception> exceptions) =>
        exceptions.Select(exception => $"{name}: {exception}")
            .Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => $"{name}: {d}"));

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, List<Exception> Exceptions)> AnalyzeAsync(IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: $"Variant{i}.cs", cancellationToken: cancellationToken));
        var compilation = EmptyCompilation.AddSyntaxTrees(trees);
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
