using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using JumioGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Analyzers.Declarations;

/// <summary>
/// JUMIO100-112: reads every <c>[JumioApi]</c> interface with the generator's own rules (shared source) and reports each
/// problem where the user can fix it: the interface name, the member, the parameter, or the operation's path.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JumioApiDeclarationAnalyzer : DiagnosticAnalyzer
{
    private const string JumioApiAttribute = "JumioGen.JumioApiAttribute";

    private static readonly Dictionary<DeclarationProblemKind, DiagnosticDescriptor> Descriptors = new()
    {
        [DeclarationProblemKind.NotPartial] = DiagnosticDescriptors.InterfaceNotPartial,
        [DeclarationProblemKind.UnsupportedInterface] = DiagnosticDescriptors.UnsupportedInterface,
        [DeclarationProblemKind.UnsupportedMember] = DiagnosticDescriptors.UnsupportedMember,
        [DeclarationProblemKind.InvalidRoute] = DiagnosticDescriptors.InvalidRoute,
        [DeclarationProblemKind.RouteParameterMissing] = DiagnosticDescriptors.RouteParameterMissing,
        [DeclarationProblemKind.ParameterNotInRoute] = DiagnosticDescriptors.ParameterNotInRoute,
        [DeclarationProblemKind.UnsupportedReturnType] = DiagnosticDescriptors.UnsupportedReturnType,
        [DeclarationProblemKind.UnsupportedParameterType] = DiagnosticDescriptors.UnsupportedParameterType,
        [DeclarationProblemKind.DuplicateBody] = DiagnosticDescriptors.DuplicateBody,
        [DeclarationProblemKind.DuplicateCancellationToken] = DiagnosticDescriptors.DuplicateCancellationToken,
        [DeclarationProblemKind.TransactionOperationWithoutTransaction] = DiagnosticDescriptors.TransactionOperationWithoutTransaction,
        [DeclarationProblemKind.MissingJsonContext] = DiagnosticDescriptors.MissingJsonContext,
        [DeclarationProblemKind.AccessTokenOperationOnDevice] = DiagnosticDescriptors.AccessTokenOperationOnDevice,
        [DeclarationProblemKind.MissingCancellationToken] = DiagnosticDescriptors.MissingCancellationToken,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.Values.ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = start.Compilation.GetTypeByMetadataName(JumioApiAttribute);
            if (attribute is not null)
            {
                var generated = new GeneratedSource(start.Compilation);
                start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, attribute, generated), SymbolKind.NamedType);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol attributeType, GeneratedSource generated)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } symbol
            || symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType)) is not { } attribute)
        {
            return;
        }

        var problems = new List<DeclarationProblem>();
        // The standard operations JumioGen adds to the interface are generated code: nothing found there is shown.
        ApiReader.Read(symbol, attribute, context.Compilation, problems, context.CancellationToken, member => generated.DeclaresOnly(member, context.CancellationToken));
        foreach (var problem in problems)
        {
            // A type the interface is nested in is reported on the interface (diagnostics stay local to the analyzed symbol).
            var target = problem.Target is INamedTypeSymbol && !SymbolEqualityComparer.Default.Equals(problem.Target, symbol) ? problem with { Target = symbol } : problem;
            if (LocationOf(target, context.CancellationToken) is { } location)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors[problem.Kind], location, MessageArguments(problem)));
            }
        }
    }

    private static object[] MessageArguments(DeclarationProblem problem) => problem.Kind switch
    {
        DeclarationProblemKind.NotPartial => [problem.Detail],
        DeclarationProblemKind.RouteParameterMissing => [problem.Target.Name, problem.Detail],
        DeclarationProblemKind.ParameterNotInRoute or DeclarationProblemKind.DuplicateCancellationToken => [problem.Target.Name],
        DeclarationProblemKind.TransactionOperationWithoutTransaction or DeclarationProblemKind.MissingCancellationToken
            or DeclarationProblemKind.AccessTokenOperationOnDevice => [problem.Target.Name],
        _ => [problem.Target.Name, problem.Detail],
    };

    // Where the user fixes it: the path argument for route problems, else the name of the type, member or parameter
    // (in source; problems on symbols without source, such as a broken attribute, are left to the compiler).
    private static Location? LocationOf(DeclarationProblem problem, System.Threading.CancellationToken cancellationToken)
    {
        var syntax = problem.Target.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        return syntax switch
        {
            MethodDeclarationSyntax method when problem.OnRoute => RouteArgument(method)?.GetLocation() ?? method.Identifier.GetLocation(),
            MethodDeclarationSyntax method => method.Identifier.GetLocation(),
            ParameterSyntax parameter => parameter.Identifier.GetLocation(),
            BaseTypeDeclarationSyntax type => type.Identifier.GetLocation(),
            PropertyDeclarationSyntax property => property.Identifier.GetLocation(),
            IndexerDeclarationSyntax indexer => indexer.ThisKeyword.GetLocation(),
            EventDeclarationSyntax @event => @event.Identifier.GetLocation(),
            VariableDeclaratorSyntax variable => variable.Identifier.GetLocation(),
            null => null,
            _ => syntax.GetLocation(),
        };
    }

    private static SyntaxNode? RouteArgument(MethodDeclarationSyntax method) =>
        method.AttributeLists.SelectMany(list => list.Attributes)
            .Where(attribute => attribute.Name.ToString().Split('.').Last() is "Get" or "Post" or "Put" or "Delete" or "Patch"
                or "GetAttribute" or "PostAttribute" or "PutAttribute" or "DeleteAttribute" or "PatchAttribute")
            .Select(attribute => (SyntaxNode?)attribute.ArgumentList?.Arguments.FirstOrDefault() ?? attribute)
            .FirstOrDefault();
}
