using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.CodeFixes;

/// <summary>Reads the file's own line ending and indentation, so inserted code looks like the code around it.</summary>
internal static class Layout
{
    public static SyntaxTrivia EndOfLine(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } found
            ? found
            : SyntaxFactory.EndOfLine("\n");

    /// <summary>The whitespace in front of the node's first token on its line ("" at column 0).</summary>
    public static string IndentationOf(SyntaxNode node)
    {
        var leading = node.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia) ? leading[leading.Count - 1].ToString() : string.Empty;
    }

    /// <summary>Puts a <c>// comment</c> line above the node, at the node's indentation.</summary>
    public static TNode WithCommentAbove<TNode>(TNode node, string comment, SyntaxTrivia endOfLine)
        where TNode : SyntaxNode
    {
        var indentation = IndentationOf(node);
        var leading = node.GetLeadingTrivia()
            .Add(SyntaxFactory.Comment(comment))
            .Add(endOfLine);
        if (indentation.Length > 0)
        {
            leading = leading.Add(SyntaxFactory.Whitespace(indentation));
        }

        return node.WithLeadingTrivia(leading);
    }
}
