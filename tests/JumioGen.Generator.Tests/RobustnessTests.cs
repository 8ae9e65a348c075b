using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.Generator.Tests;

/// <summary>
/// Thousands of broken variants of valid declarations (tokens deleted, swapped or inserted, wrong attribute arguments,
/// missing types, duplicated members), generated deterministically from a seed: the generator never throws (no
/// CS8785) and whatever it emits compiles.
/// </summary>
public sealed class RobustnessTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Variants = 2000;

    private const int BatchSize = 25;

    [Fact]
    public void Generator_never_throws_and_emits_only_compilable_code()
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var outcomes = new Dictionary<Outcome, int>();
        var variants = MutatedDeclarations.Create(Variants, MutatedDeclarations.DefaultSeed);

        Parallel.ForEach(variants.Chunk(BatchSize), batch =>
        {
            var checkedOutcomes = Check(batch).ToList();
            lock (outcomes)
            {
                foreach (var outcome in checkedOutcomes)
                {
                    outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                }
            }
        });

        output.WriteLine($"{Variants} variants in {watch.Elapsed.TotalSeconds:0.0} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU): " + string.Join(", ", outcomes.OrderBy(pair => pair.Key).Select(pair => $"{pair.Value} {pair.Key}")));

        // The mutations must leave enough valid code to exercise the emitter, and enough broken code to exercise the rules.
        var implemented = outcomes.GetValueOrDefault(Outcome.Implemented);
        Assert.True(implemented > Variants / 10, $"only {implemented} variants were implemented");
        Assert.True(Variants - implemented > Variants / 4, $"only {Variants - implemented} variants were refused");
    }

    // One compilation whose references are bound once; each batch only adds its sources (much faster than new compilations).
    private static readonly CSharpCompilation Empty = GeneratorHarness.Compile();

    private static IEnumerable<Outcome> Check(string[] batch)
    {
        var trees = batch.Select((source, i) => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: $"Variant{i}.cs")).ToArray();
        var driver = GeneratorHarness.CreateDriver(withJsonGenerator: true).RunGeneratorsAndUpdateCompilation(Empty.AddSyntaxTrees(trees), out var updated, out var diagnostics);
        var result = driver.GetRunResult().Results[0];
        Assert.True(result.Exception is null, $"the generator threw {result.Exception} on one of:\n{string.Join("\n-----\n", batch)}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785" && d.GetMessage().Contains(nameof(JumioApiGenerator), StringComparison.Ordinal));
        if (batch.Length > 1 && diagnostics.Any(d => d.Id == "CS8785"))
        {
            // System.Text.Json's generator gave up on some garbage, so contexts JumioGen's code uses are missing: one by one.
            return batch.SelectMany(source => Check([source]));
        }

        var outcomes = new List<Outcome>();
        for (var i = 0; i < batch.Length; i++)
        {
            var generated = result.GeneratedSources.Where(source => source.SyntaxTree.FilePath.Contains("Acme" + Index(batch[i]) + ".", StringComparison.Ordinal)
                || source.SyntaxTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax>().Any(ns => ns.Name.ToString().StartsWith("Acme" + Index(batch[i]) + ".", StringComparison.Ordinal))).ToList();
            outcomes.Add(generated.Count == 0 ? Outcome.Nothing
                : generated.Any(source => source.SourceText.ToString().Contains("file sealed class", StringComparison.Ordinal)) ? Outcome.Implemented
                : Outcome.DeclaredOnly);
        }

        // Only the generated files are bound (cheaper than the whole compilation); errors elsewhere are the mutations'.
        foreach (var generated in result.GeneratedSources)
        {
            var tree = updated.SyntaxTrees.Single(tree => tree.FilePath == generated.SyntaxTree.FilePath);
            var errors = updated.GetSemanticModel(tree).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            if (errors.Length > 0)
            {
                var culprit = batch.Length == 1 ? batch[0] : batch.FirstOrDefault(source => tree.ToString().Contains("Acme" + Index(source) + ".", StringComparison.Ordinal)) ?? string.Join("\n-----\n", batch);
                Assert.Fail($"generated code does not compile:\n{string.Join("\n", errors.Select(e => e.ToString()))}\n--- source ---\n{culprit}\n--- generated ---\n{tree}");
            }
        }

        return outcomes;
    }

    // The variant number the seed's namespaces were renamed with ("Acme17").
    private static string Index(string source)
    {
        var start = source.IndexOf("Acme", StringComparison.Ordinal) + 4;
        var end = start;
        while (end < source.Length && char.IsDigit(source[end]))
        {
            end++;
        }

        return source[start..end];
    }

    private enum Outcome
    {
        Nothing,
        DeclaredOnly,
        Implemented,
    }
}
