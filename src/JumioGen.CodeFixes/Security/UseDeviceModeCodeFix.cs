using System.Collections.Generic;
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

namespace JumioGen.CodeFixes.Security;

/// <summary>
/// JUMIO002 fix for <c>services.AddJumioClient&lt;T&gt;(…)</c> in a client-side project: turns <c>T</c> into a device-mode
/// client (<c>[JumioApi(…, Mode = JumioClientMode.Device)]</c>) and registers it with
/// <c>AddJumioDeviceClient&lt;T&gt;</c>, pointed at your server's transactions endpoint — the device then holds no secret.
/// In Blazor WebAssembly the endpoint is built from <c>builder.HostEnvironment.BaseAddress</c>; elsewhere it is a
/// placeholder address to replace. Calls of server operations on <c>T</c> (CreateAccountAsync, …) must move to the server.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDeviceModeCodeFix))]
[Shared]
public sealed class UseDeviceModeCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = DiagnosticDescriptors.ClientSecretInClientSideProjectId + ".UseDeviceMode";

    private const string TransactionsPath = "api/jumio/transactions";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ClientSecretInClientSideProjectId);

    public override FixAllProvider GetFixAllProvider() => new FixAll();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && model is not null && Registration(root, model, diagnostic, context.CancellationToken) is { } registration)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use a device-mode client: [JumioApi(…, Mode = JumioClientMode.Device)] {registration.Client.Name} with AddJumioDeviceClient",
                        ct => ApplyAsync(context.Document.Project.Solution, [(context.Document.Id, ImmutableArray.Create(diagnostic))], ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private sealed class RegistrationSite
    {
        public RegistrationSite(InvocationExpressionSyntax invocation, INamedTypeSymbol client)
        {
            Invocation = invocation;
            Client = client;
        }

        public InvocationExpressionSyntax Invocation { get; }

        public INamedTypeSymbol Client { get; }
    }

    // services.AddJumioClient<T>(…) where T is an interface declared in source with [JumioApi].
    private static RegistrationSite? Registration(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is not GenericNameSyntax { Identifier.ValueText: "AddJumioClient", Parent: MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } access } || access.Name != node)
        {
            return null;
        }

        return model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { TypeArguments.Length: 1 } method
            && method.TypeArguments[0] is INamedTypeSymbol { TypeKind: TypeKind.Interface } client
            && client.DeclaringSyntaxReferences.Length > 0
            && client.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownTypes.JumioApiAttributeName)
                ? new RegistrationSite(invocation, client)
                : null;
    }

    private static async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)> work, CancellationToken cancellationToken)
    {
        // What to change, found on the unchanged solution: registrations per document, attributes per document.
        var registrations = new Dictionary<DocumentId, List<InvocationExpressionSyntax>>();
        var attributes = new Dictionary<DocumentId, HashSet<AttributeSyntax>>();
        foreach (var (documentId, diagnostics) in work)
        {
            var document = solution.GetDocument(documentId)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                continue;
            }

            foreach (var diagnostic in diagnostics)
            {
                if (Registration(root, model, diagnostic, cancellationToken) is not { } registration)
                {
                    continue;
                }

                Add(registrations, documentId, registration.Invocation);
                foreach (var attribute in await JumioApiAttributesAsync(solution, registration.Client, cancellationToken).ConfigureAwait(false))
                {
                    if (!attributes.TryGetValue(attribute.Document, out var set))
                    {
                        attributes[attribute.Document] = set = [];
                    }

                    set.Add(attribute.Syntax);
                }
            }
        }

        foreach (var documentId in registrations.Keys.Concat(attributes.Keys).Distinct().ToList())
        {
            var document = solution.GetDocument(documentId)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                continue;
            }

            var invocations = registrations.TryGetValue(documentId, out var found) ? found : [];
            var attributeSet = attributes.TryGetValue(documentId, out var set) ? set : [];
            var newRoot = root.ReplaceNodes(
                invocations.Cast<SyntaxNode>().Concat(attributeSet),
                (original, current) => original switch
                {
                    InvocationExpressionSyntax invocation => DeviceRegistration(model, invocation, (InvocationExpressionSyntax)current),
                    AttributeSyntax attribute => WithDeviceMode(model, attribute, (AttributeSyntax)current),
                    _ => current,
                });
            solution = solution.WithDocumentSyntaxRoot(documentId, newRoot);
        }

        return solution;
    }

    private static async Task<List<(DocumentId Document, AttributeSyntax Syntax)>> JumioApiAttributesAsync(Solution solution, INamedTypeSymbol client, CancellationToken cancellationToken)
    {
        var result = new List<(DocumentId, AttributeSyntax)>();
        foreach (var reference in client.DeclaringSyntaxReferences)
        {
            var document = solution.GetDocument(reference.SyntaxTree);
            if (document is null || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not InterfaceDeclarationSyntax declaration)
            {
                continue;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            foreach (var attribute in declaration.AttributeLists.SelectMany(list => list.Attributes))
            {
                if (model?.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType.ToDisplayString() == KnownTypes.JumioApiAttributeName)
                {
                    result.Add((document.Id, attribute));
                }
            }
        }

        return result;
    }

    // [JumioApi(Region.EU)] → [JumioApi(Region.EU, Mode = JumioClientMode.Device)]; an existing Mode = … is replaced.
    private static AttributeSyntax WithDeviceMode(SemanticModel model, AttributeSyntax original, AttributeSyntax current)
    {
        var modeType = InScope(model, original.SpanStart, "JumioClientMode", "JumioGen.JumioClientMode") ? "JumioClientMode" : "JumioGen.JumioClientMode";
        var device = SyntaxFactory.ParseExpression(modeType + ".Device");
        var arguments = current.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var existing = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Mode");
        if (existing is not null)
        {
            return current.WithArgumentList(arguments.ReplaceNode(existing, existing.WithExpression(device.WithTriviaFrom(existing.Expression))));
        }

        var mode = SyntaxFactory.AttributeArgument(device)
            .WithNameEquals(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("Mode"), SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)));
        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
        var separated = arguments.Arguments.Count == 0
            ? SyntaxFactory.SingletonSeparatedList(mode)
            : SyntaxFactory.SeparatedList<AttributeArgumentSyntax>(arguments.Arguments.GetWithSeparators().Add(comma).Add(mode));
        return current.WithArgumentList(arguments.WithArguments(separated));
    }

    // services.AddJumioClient<T>(…) → services.AddJumioDeviceClient<T>(options => options.TransactionsEndpoint = …)
    private static InvocationExpressionSyntax DeviceRegistration(SemanticModel model, InvocationExpressionSyntax original, InvocationExpressionSyntax current)
    {
        var access = (MemberAccessExpressionSyntax)current.Expression;
        var name = (GenericNameSyntax)access.Name;
        var uri = InScope(model, original.SpanStart, "Uri", "System.Uri") ? "Uri" : "System.Uri";
        var parameter = FreeName(model, original.SpanStart, "deviceOptions");
        var endpoint = BlazorBaseAddress(model, original.SpanStart) is { } baseAddress
            ? $"new {uri}(new {uri}({baseAddress}), \"{TransactionsPath}\")"
            : $"new {uri}(\"https://your-server.example/{TransactionsPath}\") /* your server's MapJumioTransactions endpoint */";
        var arguments = SyntaxFactory.ParseArgumentList($"({parameter} => {parameter}.TransactionsEndpoint = {endpoint})");
        return current
            .WithExpression(access.WithName(name.WithIdentifier(SyntaxFactory.Identifier("AddJumioDeviceClient").WithTriviaFrom(name.Identifier))))
            .WithArgumentList(arguments.WithTriviaFrom(current.ArgumentList));
    }

    // builder.HostEnvironment.BaseAddress, when a Blazor WebAssembly host builder is in reach.
    private static string? BlazorBaseAddress(SemanticModel model, int position)
    {
        foreach (var symbol in model.LookupSymbols(position).Where(s => s is ILocalSymbol or IParameterSymbol))
        {
            var type = symbol is ILocalSymbol local ? local.Type : ((IParameterSymbol)symbol).Type;
            var environment = type.GetMembers("HostEnvironment").OfType<IPropertySymbol>().FirstOrDefault();
            if (environment?.Type.GetMembers("BaseAddress").OfType<IPropertySymbol>().FirstOrDefault() is { Type.SpecialType: SpecialType.System_String })
            {
                return symbol.Name + ".HostEnvironment.BaseAddress";
            }
        }

        return null;
    }

    private static bool InScope(SemanticModel model, int position, string name, string fullName) =>
        model.LookupNamespacesAndTypes(position, name: name).Any(s => s.ToDisplayString() == fullName);

    private static string FreeName(SemanticModel model, int position, string preferred)
    {
        for (var i = 1; ; i++)
        {
            var candidate = i == 1 ? preferred : preferred + i;
            if (model.LookupSymbols(position, name: candidate).IsEmpty)
            {
                return candidate;
            }
        }
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>Fix All: every registration in scope, each client interface converted once.</summary>
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

            return work.Count == 0 ? null : CodeAction.Create("Use device-mode Jumio clients", ct => ApplyAsync(fixAllContext.Solution, work, ct), EquivalenceKey);
        }
    }
}
