using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JumioGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace JumioGen.CodeFixes.Declarations;

/// <summary>JUMIO112 fix: adds <c>CancellationToken cancellationToken = default</c> as the last parameter (before a <c>params</c> one).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCancellationTokenCodeFix))]
[Shared]
public sealed class AddCancellationTokenCodeFix : CodeFixProvider
{
    private const string Title = "Add a CancellationToken";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingCancellationTokenId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is MethodDeclarationSyntax method)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => FixAsync(context.Document, method, ct), DiagnosticDescriptors.MissingCancellationTokenId),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var parameters = method.ParameterList.Parameters;
        var name = "cancellationToken";
        for (var i = 2; parameters.Any(p => p.Identifier.ValueText == name); i++)
        {
            name = "cancellationToken" + i;
        }

        // Written fully qualified and simplified by the workspace: "CancellationToken" where System.Threading is imported.
        var token = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name))
            .WithType(SyntaxFactory.ParseTypeName("global::System.Threading.CancellationToken").WithAdditionalAnnotations(Simplifier.Annotation).WithTrailingTrivia(SyntaxFactory.Space))
            .WithDefault(SyntaxFactory.EqualsValueClause(SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression))
                .WithEqualsToken(SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)));
        var index = parameters.Count > 0 && parameters.Last().Modifiers.Any(SyntaxKind.ParamsKeyword) ? parameters.Count - 1 : parameters.Count;
        var list = parameters.ToList();
        list.Insert(index, token);
        var separators = Enumerable.Range(0, list.Count - 1)
            .Select(i => i < parameters.SeparatorCount && i < index ? parameters.GetSeparator(i) : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        var updated = method.WithParameterList(method.ParameterList.WithParameters(SyntaxFactory.SeparatedList(list, separators)));
        return document.WithSyntaxRoot(root!.ReplaceNode(method, updated));
    }
}
