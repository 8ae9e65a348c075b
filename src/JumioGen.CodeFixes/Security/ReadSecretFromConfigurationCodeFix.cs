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
/// JUMIO003 fix for <c>ClientSecret = "…"</c>: reads the secret from an <c>IConfiguration</c> in reach
/// (<c>configuration["Jumio:ClientSecret"]</c>), or else from the <c>Jumio__ClientSecret</c> environment variable (the
/// same key as configuration's environment provider). Locals and private fields/constants that only held the literal
/// are removed, so the secret leaves the source. The hand-written token call (a Basic "id:secret") has no automatic
/// fix: the right change there is a generated client (JUMIO001's fix).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadSecretFromConfigurationCodeFix))]
[Shared]
public sealed class ReadSecretFromConfigurationCodeFix : CodeFixProvider
{
    private const string Title = "Read the Jumio client secret from configuration";

    private const string EquivalenceKey = DiagnosticDescriptors.HardCodedClientSecretId + ".ReadFromConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedClientSecretId);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await FixDocumentAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics.Where(IsFixable))
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static bool IsFixable(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(HardCodedClientSecretAnalyzer.SinkProperty, out var sink) && sink == HardCodedClientSecretAnalyzer.ClientSecretSink;

    private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        // 1. What replaces each literal-carrying value, and which declarations may be left holding only the literal.
        var replacements = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        var holders = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics.Where(IsFixable))
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value || replacements.ContainsKey(value))
            {
                continue;
            }

            var read = SyntaxFactory.ParseExpression(ConfigurationLookup.ReadSecretExpression(model, value.SpanStart)).WithTriviaFrom(value);
            replacements[value] = read;
            foreach (var holder in LiteralHolders(model, value, root.SyntaxTree, cancellationToken))
            {
                holders.Add(holder);
            }
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var holderAnnotation = new SyntaxAnnotation();
        var newRoot = root.ReplaceNodes(
            replacements.Keys.Concat<SyntaxNode>(holders),
            (original, current) => original is ExpressionSyntax expression && replacements.TryGetValue(expression, out var read)
                ? read
                : current.WithAdditionalAnnotations(holderAnnotation));

        // 2. Remove the holders nothing reads any more; a holder that fed another one may become unread in turn.
        var updated = document.WithSyntaxRoot(newRoot);
        for (var pass = 0; pass < 8; pass++)
        {
            var updatedRoot = await updated.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var updatedModel = await updated.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (updatedRoot is null || updatedModel is null)
            {
                break;
            }

            var unused = updatedRoot.GetAnnotatedNodes(holderAnnotation).OfType<VariableDeclaratorSyntax>()
                .Where(declarator => !IsRead(updatedModel, updatedRoot, declarator, cancellationToken))
                .ToList();
            if (unused.Count == 0)
            {
                break;
            }

            updated = updated.WithSyntaxRoot(RemoveDeclarators(updatedRoot, unused));
        }

        return updated;
    }

    // Locals and private fields/constants named in the value (and in their own initializers), declared in this file.
    private static IEnumerable<SyntaxNode> LiteralHolders(SemanticModel model, ExpressionSyntax value, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var found = new HashSet<SyntaxNode>();
        var pending = new Queue<SyntaxNode>();
        pending.Enqueue(value);
        while (pending.Count > 0 && found.Count < 32)
        {
            foreach (var declarator in DirectHolders(model, pending.Dequeue(), tree, cancellationToken))
            {
                if (found.Add(declarator))
                {
                    pending.Enqueue(declarator.Initializer!.Value);
                }
            }
        }

        return found;
    }

    private static IEnumerable<VariableDeclaratorSyntax> DirectHolders(SemanticModel model, SyntaxNode value, SyntaxTree tree, CancellationToken cancellationToken)
    {
        foreach (var name in value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
            var removable = symbol is ILocalSymbol
                || symbol is IFieldSymbol { DeclaredAccessibility: Accessibility.Private } field && field.ContainingType.DeclaringSyntaxReferences.All(r => r.SyntaxTree == tree);
            if (!removable)
            {
                continue;
            }

            foreach (var reference in symbol!.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == tree && reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator && declarator.Initializer is not null)
                {
                    yield return declarator;
                }
            }
        }
    }

    private static bool IsRead(SemanticModel model, SyntaxNode root, VariableDeclaratorSyntax declarator, CancellationToken cancellationToken)
    {
        var symbol = model.GetDeclaredSymbol(declarator, cancellationToken);
        if (symbol is null)
        {
            return true;
        }

        return root.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Any(name => name.Identifier.ValueText == symbol.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, symbol));
    }

    private static SyntaxNode RemoveDeclarators(SyntaxNode root, List<VariableDeclaratorSyntax> declarators)
    {
        // A declaration with one variable goes as a whole (statement or field); otherwise only the variable goes.
        var nodes = declarators.Select(d => d.Parent is VariableDeclarationSyntax { Variables.Count: 1 } declaration && declaration.Parent is LocalDeclarationStatementSyntax or FieldDeclarationSyntax
            ? declaration.Parent!
            : d).ToList();

        // A whole line removed right after '{' would leave the blank line that followed it at the top of the block.
        var blankLinesAfter = nodes
            .Where(n => n is not VariableDeclaratorSyntax && n.GetFirstToken().GetPreviousToken().IsKind(SyntaxKind.OpenBraceToken))
            .Select(n => n.GetLastToken().GetNextToken())
            .Where(t => t.LeadingTrivia.Count > 0 && t.LeadingTrivia[0].IsKind(SyntaxKind.EndOfLineTrivia))
            .ToList();
        var tracked = root.TrackNodes(nodes);
        tracked = tracked.ReplaceTokens(
            blankLinesAfter.Select(t => tracked.FindToken(t.SpanStart)),
            (_, token) => token.WithLeadingTrivia(token.LeadingTrivia.RemoveAt(0)));
        return tracked.RemoveNodes(nodes.Select(n => tracked.GetCurrentNode(n)!), SyntaxRemoveOptions.KeepNoTrivia)!;
    }
}
