using System;
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
/// JUMIO001 fix: declares a <c>[JumioApi(Region.X)] partial interface</c> (region taken from the flagged host; an
/// existing one for that region is reused) and puts a comment above the Basic-auth code that points to it. The Basic
/// code itself stays: replacing hand-written calls needs a human, and the warning stays until they are gone.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGeneratedJumioClientCodeFix))]
[Shared]
public sealed class UseGeneratedJumioClientCodeFix : CodeFixProvider
{
    /// <summary>Starts the comment the fix writes; a statement that already has it is not offered the fix again.</summary>
    public const string PointerPrefix = "// " + DiagnosticDescriptors.BasicAuthToJumioApiId + ":";

    private const string EquivalenceKey = DiagnosticDescriptors.BasicAuthToJumioApiId + ".UseGeneratedClient";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.BasicAuthToJumioApiId);

    public override FixAllProvider GetFixAllProvider() => new FixAll();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || PointerTarget(root, diagnostic) is not { } target || HasPointer(target))
            {
                continue;
            }

            var region = RegionOf(diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use a generated [JumioApi(Region.{region})] client (OAuth2 bearer tokens)",
                    ct => ApplyAsync(context.Document.Project.Solution, [(context.Document.Id, ImmutableArray.Create(diagnostic))], ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static string RegionOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(BasicAuthToJumioApiAnalyzer.RegionProperty, out var region) && region is "US" or "EU" or "SG" ? region! : "US";

    // The statement (or, in an expression-bodied member, the member) the pointer comment goes above.
    private static SyntaxNode? PointerTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return node.AncestorsAndSelf().FirstOrDefault(n => n is StatementSyntax or MemberDeclarationSyntax);
    }

    private static bool HasPointer(SyntaxNode target) =>
        target.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) && t.ToString().StartsWith(PointerPrefix, StringComparison.Ordinal));

    /// <summary>One project at a time: one interface per region for all its diagnostics, a pointer at each.</summary>
    private static async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)> work, CancellationToken cancellationToken)
    {
        foreach (var project in work.GroupBy(w => w.Document.ProjectId))
        {
            solution = await ApplyToProjectAsync(solution, project.ToList(), cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private static async Task<Solution> ApplyToProjectAsync(Solution solution, List<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)> work, CancellationToken cancellationToken)
    {
        var project = solution.GetProject(work[0].Document.ProjectId)!;
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            return solution;
        }

        var regions = work.SelectMany(w => w.Diagnostics).Select(RegionOf).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList();
        var existing = ExistingClients(compilation, cancellationToken);
        var clientNames = new Dictionary<string, string>();
        var toDeclare = new Dictionary<DocumentId, List<(SyntaxNode Anchor, string Region, string Name)>>();
        var takenNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            if (existing.TryGetValue(region, out var existingName))
            {
                clientNames[region] = existingName;
                continue;
            }

            // Declare it next to the first flagged type of that region, in that type's namespace.
            var (documentId, diagnostic) = work.SelectMany(w => w.Diagnostics.Select(d => (w.Document, Diagnostic: d)))
                .OrderBy(x => x.Diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(x => x.Diagnostic.Location.SourceSpan.Start)
                .First(x => RegionOf(x.Diagnostic) == region);
            var tree = diagnostic.Location.SourceTree!;
            var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            var anchor = Anchor(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true));
            var model = compilation.GetSemanticModel(tree);
            var name = FreeName(model, anchor.SpanStart, region, takenNames);
            takenNames.Add(name);
            clientNames[region] = name;
            if (!toDeclare.TryGetValue(documentId, out var list))
            {
                toDeclare[documentId] = list = [];
            }

            list.Add((anchor, region, name));
        }

        foreach (var documentId in work.Select(w => w.Document).Concat(toDeclare.Keys).Distinct())
        {
            var document = solution.GetDocument(documentId)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                continue;
            }

            var diagnostics = work.Where(w => w.Document == documentId).SelectMany(w => w.Diagnostics).ToList();
            var declarations = toDeclare.TryGetValue(documentId, out var declared) ? declared : [];
            var newRoot = Rewrite(root, model, diagnostics, declarations, clientNames);
            solution = solution.WithDocumentSyntaxRoot(documentId, newRoot);
        }

        return solution;
    }

    private static SyntaxNode Rewrite(
        SyntaxNode root,
        SemanticModel model,
        List<Diagnostic> diagnostics,
        List<(SyntaxNode Anchor, string Region, string Name)> declarations,
        Dictionary<string, string> clientNames)
    {
        var endOfLine = Layout.EndOfLine(root);
        var pointers = new Dictionary<SyntaxNode, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (PointerTarget(root, diagnostic) is { } target && !HasPointer(target) && !pointers.ContainsKey(target))
            {
                pointers[target] = clientNames[RegionOf(diagnostic)];
            }
        }

        var anchors = declarations.GroupBy(d => d.Anchor).ToDictionary(g => g.Key, g => g.ToList());
        var needsUsing = declarations.Count > 0 && !JumioNamespaceInScope(model, declarations[0].Anchor.SpanStart);
        var languageVersion = ((CSharpParseOptions)root.SyntaxTree.Options).LanguageVersion;

        var anchorAnnotations = anchors.Keys.ToDictionary(a => a, _ => new SyntaxAnnotation());
        var rewritten = root.ReplaceNodes(
            pointers.Keys.Concat(anchors.Keys).Distinct(),
            (original, current) =>
            {
                var node = pointers.TryGetValue(original, out var name) ? Layout.WithCommentAbove(current, Pointer(name), endOfLine) : current;
                return anchorAnnotations.TryGetValue(original, out var annotation) ? node.WithAdditionalAnnotations(annotation) : node;
            });

        // Each new interface goes right after its anchor type, at the anchor's indentation.
        foreach (var group in anchors)
        {
            var anchor = rewritten.GetAnnotatedNodes(anchorAnnotations[group.Key]).First();
            var endsLine = anchor.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var interfaces = group.Value.Select((d, i) => Declaration(d.Region, d.Name, Layout.IndentationOf(anchor), endOfLine, languageVersion, endsLine || i > 0));
            rewritten = rewritten.InsertNodesAfter(anchor, interfaces);
        }

        if (needsUsing && rewritten is CompilationUnitSyntax unit)
        {
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("JumioGen"))
                .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                .WithTrailingTrivia(endOfLine);
            rewritten = unit.Usings.Count > 0
                ? unit.WithUsings(unit.Usings.Add(directive))
                : unit.WithUsings(unit.Usings.Add(directive.WithTrailingTrivia(endOfLine, endOfLine)));
        }

        return rewritten;
    }

    private static string Pointer(string clientName) =>
        $"{PointerPrefix} Jumio has deprecated Basic auth for its REST APIs; call {clientName} (generated by JumioGen, OAuth2 bearer tokens) instead, registered with services.AddJumioClient<{clientName}>(…).";

    // After a member that ends its line: a blank line, the declaration, a line end. At the very end of a file without
    // a final line end: start a new line, and leave the file still without one.
    private static MemberDeclarationSyntax Declaration(string region, string name, string indentation, SyntaxTrivia endOfLine, LanguageVersion languageVersion, bool afterLineEnd)
    {
        var eol = endOfLine.ToString();
        var body = languageVersion >= LanguageVersion.CSharp12 ? ";" : " { }";
        var text =
            (afterLineEnd ? eol : eol + eol) +
            $"{indentation}/// <summary>The Jumio client JumioGen generates for Region.{region}: register it with services.AddJumioClient&lt;{name}&gt;(…).</summary>{eol}" +
            $"{indentation}[JumioApi(Region.{region})]{eol}" +
            $"{indentation}internal partial interface {name}{body}" + (afterLineEnd ? eol : string.Empty);
        return SyntaxFactory.ParseMemberDeclaration(text, options: new CSharpParseOptions(languageVersion, DocumentationMode.Parse))!;
    }

    // The outermost type (or, for top-level statements, the last member) the interface is declared after.
    private static SyntaxNode Anchor(SyntaxNode node)
    {
        var type = node.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().LastOrDefault();
        if (type is not null)
        {
            return type;
        }

        var unit = node.AncestorsAndSelf().OfType<CompilationUnitSyntax>().First();
        return unit.Members.Last();
    }

    // IJumio; when that is taken (another region's client, an unrelated type), IJumioEU; then IJumioEU2, …
    private static string FreeName(SemanticModel model, int position, string region, HashSet<string> taken)
    {
        bool IsFree(string candidate) => !taken.Contains(candidate) && model.LookupNamespacesAndTypes(position, name: candidate).IsEmpty;

        if (IsFree("IJumio"))
        {
            return "IJumio";
        }

        for (var i = 1; ; i++)
        {
            var candidate = i == 1 ? "IJumio" + region : "IJumio" + region + i;
            if (IsFree(candidate))
            {
                return candidate;
            }
        }
    }

    private static bool JumioNamespaceInScope(SemanticModel model, int position) =>
        model.LookupNamespacesAndTypes(position, name: "JumioApiAttribute").Any(s => s is INamedTypeSymbol { ContainingNamespace.Name: "JumioGen" } type && type.ContainingNamespace.ContainingNamespace.IsGlobalNamespace);

    // Interfaces already marked [JumioApi(Region.X)] in the project, by region.
    private static Dictionary<string, string> ExistingClients(Compilation compilation, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>();
        var attribute = compilation.GetTypeByMetadataName(KnownTypes.JumioApiAttributeName);
        if (attribute is null)
        {
            return found;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InterfaceDeclarationSyntax>())
            {
                if (declaration.AttributeLists.Count == 0 || model.GetDeclaredSymbol(declaration, cancellationToken) is not { } symbol)
                {
                    continue;
                }

                foreach (var data in symbol.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)
                        && data.ConstructorArguments.Length == 1
                        && data.ConstructorArguments[0].Value is int value
                        && value is >= 0 and <= 2)
                    {
                        var region = value switch { 0 => "US", 1 => "EU", _ => "SG" };
                        if (!found.ContainsKey(region))
                        {
                            found[region] = symbol.Name;
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Fix All: gathers every diagnostic in scope, then applies them project by project in one go.</summary>
    private sealed class FixAll : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var documents = fixAllContext.Scope switch
            {
                FixAllScope.Document when fixAllContext.Document is not null => [fixAllContext.Document],
                FixAllScope.Project => fixAllContext.Project.Documents,
                FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents),
                _ => [],
            };

            var work = new List<(DocumentId, ImmutableArray<Diagnostic>)>();
            foreach (var document in documents)
            {
                var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                if (!diagnostics.IsEmpty)
                {
                    work.Add((document.Id, diagnostics));
                }
            }

            return work.Count == 0
                ? null
                : CodeAction.Create("Use generated [JumioApi] clients", ct => ApplyAsync(fixAllContext.Solution, work, ct), EquivalenceKey);
        }
    }
}
