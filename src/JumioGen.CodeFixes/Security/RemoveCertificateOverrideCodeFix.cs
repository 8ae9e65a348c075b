using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JumioGen.Analyzers;
using JumioGen.Analyzers.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JumioGen.CodeFixes.Security;

/// <summary>
/// JUMIO004 fix for a switched-off certificate check: removes the callback assignment, so the handler validates
/// certificates again (a statement goes; an initializer member goes, and an emptied initializer with it; an
/// expression-bodied lambda keeps an empty body).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveCertificateOverrideCodeFix))]
[Shared]
public sealed class RemoveCertificateOverrideCodeFix : CodeFixProvider
{
    private const string Title = "Remove the certificate validation override";

    private const string EquivalenceKey = DiagnosticDescriptors.InsecureJumioTransportId + ".RemoveOverride";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.InsecureJumioTransportId);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await FixDocumentAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && Assignment(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static AssignmentExpressionSyntax? Assignment(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(InsecureJumioTransportAnalyzer.KindProperty, out var kind) || kind != InsecureJumioTransportAnalyzer.CertificateKind)
        {
            return null;
        }

        var value = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return value.Parent is AssignmentExpressionSyntax assignment && assignment.Right == value ? assignment : null;
    }

    private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var assignments = diagnostics.Select(d => Assignment(root, d)).OfType<AssignmentExpressionSyntax>().Distinct().ToList();
        var statements = assignments.Where(a => a.Parent is ExpressionStatementSyntax).Select(a => a.Parent!).ToList();
        var lambdaBodies = assignments.Where(a => a.Parent is LambdaExpressionSyntax lambda && lambda.Body == a).ToList();
        var initializers = assignments.Where(a => a.Parent is InitializerExpressionSyntax).GroupBy(a => (InitializerExpressionSyntax)a.Parent!).ToList();

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var body in lambdaBodies)
        {
            var lambda = (LambdaExpressionSyntax)body.Parent!;
            var emptyBlock = SyntaxFactory.Block(
                SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.OpenBraceToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                default,
                SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CloseBraceToken, SyntaxFactory.TriviaList()));
            replacements[lambda] = lambda.WithExpressionBody(null).WithBlock(emptyBlock.WithTriviaFrom(body));
        }

        foreach (var group in initializers)
        {
            var initializer = group.Key;
            var remaining = SyntaxFactory.SeparatedList(initializer.Expressions.Where(e => !group.Contains(e)));
            if (remaining.Count == 0 && initializer.Parent is BaseObjectCreationExpressionSyntax creation)
            {
                // new HttpClientHandler { Callback = … } → new HttpClientHandler()
                replacements[creation] = RemoveInitializer(creation);
                continue;
            }

            replacements[initializer] = initializer.WithExpressions(remaining.Count == 0 ? remaining : KeepSeparators(initializer, group.ToList()));
        }

        var removeMe = new SyntaxAnnotation();
        var newRoot = root.ReplaceNodes(
            replacements.Keys.Concat(statements),
            (original, current) => replacements.TryGetValue(original, out var replacement) ? replacement : current.WithAdditionalAnnotations(removeMe));
        newRoot = newRoot.RemoveNodes(newRoot.GetAnnotatedNodes(removeMe), SyntaxRemoveOptions.KeepNoTrivia)!;
        return document.WithSyntaxRoot(newRoot);
    }

    private static SyntaxNode RemoveInitializer(BaseObjectCreationExpressionSyntax creation)
    {
        var withoutInitializer = creation.WithInitializer(null);
        var arguments = withoutInitializer.ArgumentList ?? SyntaxFactory.ArgumentList();
        var trimmed = withoutInitializer.WithArgumentList(arguments.WithoutTrailingTrivia());
        return trimmed.WithTrailingTrivia(creation.GetTrailingTrivia());
    }

    // Removes members from an initializer and the separator after each (or before it, for the last one).
    private static SeparatedSyntaxList<ExpressionSyntax> KeepSeparators(InitializerExpressionSyntax initializer, List<AssignmentExpressionSyntax> removed)
    {
        var expressions = initializer.Expressions;
        var nodesAndTokens = expressions.GetWithSeparators().ToList();
        var keep = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < nodesAndTokens.Count; i++)
        {
            var item = nodesAndTokens[i];
            if (item.IsNode && removed.Contains(item.AsNode()))
            {
                // Skip the separator that follows the removed member.
                if (i + 1 < nodesAndTokens.Count && nodesAndTokens[i + 1].IsToken)
                {
                    i++;
                }

                continue;
            }

            keep.Add(item);
        }

        // A trailing separator left behind (removed last member without its own separator) is fine in C# initializers.
        return SyntaxFactory.SeparatedList<ExpressionSyntax>(keep);
    }
}
