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

    // The short seed twice: mutations land on operations more often and each variant compiles faster.
    private static readonly string[] Seeds = [Scenarios.CustomOperations, Scenarios.StandardRedeclaredAndReplaced, Scenarios.Small, Scenarios.Small];

    private static readonly string[] Insertions =
    [
        "[Body]", "[Query]", "[Query(\"\")]", "[Header(\"Authorization\")]", "[Header(\"X-A\")]", "[Part(\"file\")]", "[TransactionToken]",
        "[Get(\"x/{id}\")]", "[Post(null)]", "[Put(\"https://evil.example/\")]", "[Delete(\"{\")]", "[Patch(\"a}\")]",
        "ref", "out", "in", "params", "static", "abstract", "virtual", "partial", "public", "private", "internal", "file", "async",
        "?", "[]", "*", "<T>", "(", ")", "{", "}", ";", ",", "=", "default", "null", "@",
        "CancellationToken cancellationToken", "CancellationToken other", "JumioTransaction transaction", "string id", "Span<int> span",
        "Task", "Task<Stream>", "Task<HttpResponseMessage>", "Task<JumioResponse<Watchlist>>", "Task<Missing>", "ValueTask<int>",
        "dynamic", "Missing", "object", "int", "void", "Watchlist?", "List<string?>", "(int a, string b)", "int?", "byte[]",
        "Task<string> Extra(string id);", "int Count { get; }", "event System.Action Changed;", "static abstract int Create();",
        "[Get(\"api/{class}\")] Task M(string @class);", "[Get(\"x\")] Task<Watchlist> ToString();",
    ];

    private static readonly object?[] AttributeArguments =
        ["", "/", "{", "}", "{}", "{x}", "a/{id}/{id}", "https://example.com/x", "//host/x", "mailto:x", "a#b", "a\\b", "a/{1x}", "api/{watchlistId}?q={depth}", 42, null];

    [Fact]
    public void Generator_never_throws_and_emits_only_compilable_code()
    {
        var random = new Random(20240531);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var outcomes = new Dictionary<Outcome, int>();
        var variants = new List<string>();
        for (var i = 0; i < Variants; i++)
        {
            // Each variant in its own namespace, so a batch of them can share one compilation.
            var source = Seeds[random.Next(Seeds.Length)].Replace("Acme", "Acme" + i, StringComparison.Ordinal);
            var mutations = 1 + random.Next(3);
            for (var m = 0; m < mutations; m++)
            {
                source = Mutate(source, random);
            }

            variants.Add(source);
        }

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

    private static string Mutate(string source, Random random)
    {
        var tokens = SyntaxFactory.ParseTokens(source).Where(token => !token.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        var texts = tokens.Select(token => token.ToFullString()).ToList();
        var at = random.Next(texts.Count);
        switch (random.Next(7))
        {
            case 0: // delete a token
                texts.RemoveAt(at);
                break;
            case 1: // insert something plausible
                texts.Insert(at, " " + Insertions[random.Next(Insertions.Length)] + " ");
                break;
            case 2: // swap two neighbours
                if (at + 1 < texts.Count)
                {
                    (texts[at], texts[at + 1]) = (texts[at + 1], texts[at]);
                }

                break;
            case 3: // a wrong attribute argument
                var literals = tokens.Select((token, index) => (token, index)).Where(pair => pair.token.IsKind(SyntaxKind.StringLiteralToken)).ToList();
                if (literals.Count > 0)
                {
                    var (token, index) = literals[random.Next(literals.Count)];
                    var argument = AttributeArguments[random.Next(AttributeArguments.Length)];
                    texts[index] = token.LeadingTrivia.ToFullString() + argument switch
                    {
                        null => "null",
                        string text => SymbolDisplay.FormatLiteral(text, quote: true),
                        _ => argument.ToString(),
                    } + token.TrailingTrivia.ToFullString();
                }

                break;
            case 4: // a type or name that does not exist
                var identifiers = tokens.Select((token, index) => (token, index)).Where(pair => pair.token.IsKind(SyntaxKind.IdentifierToken)).ToList();
                var (identifier, position) = identifiers[random.Next(identifiers.Count)];
                texts[position] = identifier.LeadingTrivia.ToFullString() + "Missing" + random.Next(3) + identifier.TrailingTrivia.ToFullString();
                break;
            case 5: // duplicate a line (often a whole member)
                var lines = string.Concat(texts).Split('\n').ToList();
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            default: // delete a line
                lines = string.Concat(texts).Split('\n').ToList();
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join('\n', lines);
        }

        return string.Concat(texts);
    }

    private enum Outcome
    {
        Nothing,
        DeclaredOnly,
        Implemented,
    }
}
