using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.Generator.Tests;

/// <summary>
/// The broken-declaration corpus: valid [JumioApi] declarations (<see cref="Scenarios"/>) with tokens deleted, swapped
/// or inserted, wrong attribute arguments, missing types and duplicated or deleted lines, generated deterministically
/// from a seed. Shared, as linked source, by the generator's and the analyzers' robustness tests, so both face the
/// same code.
/// </summary>
internal static class MutatedDeclarations
{
    /// <summary>The seed both robustness tests use.</summary>
    public const int DefaultSeed = 20240531;

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

    /// <summary>
    /// <paramref name="count"/> variants, each in its own namespaces (<c>Acme{i}.*</c>) so that many can share one
    /// compilation; the same <paramref name="seed"/> always gives the same variants.
    /// </summary>
    public static List<string> Create(int count, int seed)
    {
        var random = new Random(seed);
        var variants = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var source = Seeds[random.Next(Seeds.Length)].Replace("Acme", "Acme" + i, StringComparison.Ordinal);
            var mutations = 1 + random.Next(3);
            for (var m = 0; m < mutations; m++)
            {
                source = Mutate(source, random);
            }

            variants.Add(source);
        }

        return variants;
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
}
