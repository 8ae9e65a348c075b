using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace JumioGen.Analyzers.Scoping;

/// <summary>
/// A cheap look at the source text of a type (all its parts, nested types included) before any operation is looked
/// at: a rule whose findings always need a certain identifier in the type (a property it assigns, a header it reads)
/// can skip every type whose text does not contain that word.
/// </summary>
internal static class TypeSource
{
    // One buffer per thread: the check runs once per type for each rule, and allocating the type's text each time
    // would cost more than the search.
    [ThreadStatic]
    private static char[]? buffer;

    /// <summary>
    /// True when the text of any declaration of <paramref name="type"/> contains one of <paramref name="words"/>
    /// (ordinal, so an identifier is found however it is used). A type without source text counts as a match.
    /// </summary>
    public static bool Mentions(INamedTypeSymbol type, ImmutableArray<string> words, CancellationToken cancellationToken)
    {
        var references = type.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return true;
        }

        foreach (var reference in references)
        {
            var span = reference.Span;
            var chars = Buffer(span.Length);
            reference.SyntaxTree.GetText(cancellationToken).CopyTo(span.Start, chars, 0, span.Length);
            foreach (var word in words)
            {
                if (Contains(chars, span.Length, word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static char[] Buffer(int length)
    {
        var current = buffer;
        if (current is null || current.Length < length)
        {
            current = new char[Math.Max(length, 4096)];
            buffer = current;
        }

        return current;
    }

    // MemoryExtensions.IndexOf is vectorised on .NET, where the compiler runs.
    private static bool Contains(char[] chars, int length, string word) =>
        new ReadOnlySpan<char>(chars, 0, length).IndexOf(word.AsSpan()) >= 0;
}
