using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.Analyzers.Tests.Robustness;

/// <summary>
/// Deterministic broken variants of a source: a token deleted, duplicated, swapped with its neighbour or replaced by
/// stray punctuation, and the text cut off mid-way — the shapes code has while someone is typing it.
/// </summary>
internal static class Mutations
{
    private static readonly string[] StrayTokens = ["(", ")", "{", "}", ";", ",", "=", "=>", "\"", ".", "?", "new", "@", "$\"{"];

    public static IEnumerable<(string Name, string Text)> Of(string source, int perKind, int seed)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        var random = new Random(seed);
        List<int> Positions() => Enumerable.Range(0, perKind).Select(_ => random.Next(tokens.Count - 1)).ToList();

        foreach (var i in Positions())
        {
            yield return ($"delete token {i} '{tokens[i].Text}'", Replace(source, tokens[i], string.Empty));
        }

        foreach (var i in Positions())
        {
            yield return ($"duplicate token {i} '{tokens[i].Text}'", Replace(source, tokens[i], tokens[i].Text + " " + tokens[i].Text));
        }

        foreach (var i in Positions())
        {
            var (first, second) = (tokens[i], tokens[i + 1]);
            var swapped = source[..first.SpanStart] + second.Text + source[first.Span.End..second.SpanStart] + first.Text + source[second.Span.End..];
            yield return ($"swap tokens {i}/{i + 1}", swapped);
        }

        foreach (var i in Positions())
        {
            var stray = StrayTokens[random.Next(StrayTokens.Length)];
            yield return ($"replace token {i} '{tokens[i].Text}' with '{stray}'", Replace(source, tokens[i], stray));
        }

        foreach (var i in Positions())
        {
            yield return ($"cut at token {i}", source[..tokens[i].SpanStart]);
        }
    }

    private static string Replace(string source, SyntaxToken token, string replacement) =>
        source[..token.SpanStart] + replacement + source[token.Span.End..];
}
