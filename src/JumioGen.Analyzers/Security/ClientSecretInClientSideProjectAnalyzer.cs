using System;
using System.Collections.Immutable;
using JumioGen.Analyzers.Hosts;
using JumioGen.Analyzers.ValueFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace JumioGen.Analyzers.Security;

/// <summary>
/// JUMIO002: a Jumio client secret, or a client-credentials Jumio client, in a project that ships to end-user devices
/// (Blazor WebAssembly, browser-wasm, MAUI, android/ios/maccatalyst/tvos, WPF, WinForms). Flags setting
/// <c>JumioClientOptions.ClientSecret</c>, <c>AddJumioClient</c> / <c>JumioClient.Create</c> registrations, reading a
/// "…Jumio…:ClientSecret" configuration key, and addresses of the token endpoint. The project kind is read once per
/// compilation; in any other project this analyzer registers nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientSecretInClientSideProjectAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ClientSecretInClientSideProject);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(compilationStart =>
        {
            var project = ProjectKind.From(compilationStart.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            if (!project.IsClientSide)
            {
                return;
            }

            var types = KnownTypes.From(compilationStart.Compilation);
            compilationStart.RegisterOperationAction(c => AnalyzeAssignment(c, types, project), OperationKind.SimpleAssignment);
            compilationStart.RegisterOperationAction(c => AnalyzeInvocation(c, types, project), OperationKind.Invocation);
            compilationStart.RegisterOperationAction(c => AnalyzeString(c, types, project), StringLiterals.OperationKinds);
        });
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, KnownTypes types, ProjectKind project)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation property && types.IsClientSecretProperty(property.Property) && !InsideRegistration(assignment, types))
        {
            Report(context, assignment.Syntax, "A Jumio client secret is set", project);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownTypes types, ProjectKind project)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (types.IsAddJumioClient(method))
        {
            Report(context, MethodName(invocation), "AddJumioClient registers a client-credentials Jumio client, which needs the client secret", project);
        }
        else if (types.IsJumioClientCreate(method))
        {
            Report(context, MethodName(invocation), "JumioClient.Create builds a client-credentials Jumio client, which needs the client secret", project);
        }
    }

    private static void AnalyzeString(OperationAnalysisContext context, KnownTypes types, ProjectKind project)
    {
        var text = StringLiterals.TextOf(context.Operation);
        if (text is null)
        {
            return;
        }

        if (IsClientSecretKey(text))
        {
            if (!InsideRegistration(context.Operation, types) && !InsideClientSecretAssignment(context.Operation, types))
            {
                Report(context, context.Operation.Syntax, $"The Jumio client secret is read from configuration ('{text}')", project);
            }
        }
        else if (JumioUrl.TryParse(text, out var url) && url.Kind == JumioHostKind.TokenEndpoint)
        {
            Report(context, context.Operation.Syntax, "The Jumio token endpoint (client credentials) is called", project);
        }
    }

    // "Jumio:ClientSecret", "Services:Jumio:ClientSecret", "Jumio__ClientSecret"
    private static bool IsClientSecretKey(string text) =>
        text.IndexOf("jumio", StringComparison.OrdinalIgnoreCase) >= 0
        && (text.EndsWith(":ClientSecret", StringComparison.OrdinalIgnoreCase) || text.EndsWith("__ClientSecret", StringComparison.OrdinalIgnoreCase));

    // One error per registration: what happens inside AddJumioClient(…)/JumioClient.Create(…) is part of it.
    private static bool InsideRegistration(IOperation operation, KnownTypes types)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IInvocationOperation invocation && (types.IsAddJumioClient(invocation.TargetMethod) || types.IsJumioClientCreate(invocation.TargetMethod)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideClientSecretAssignment(IOperation operation, KnownTypes types)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } && types.IsClientSecretProperty(property.Property))
            {
                return true;
            }
        }

        return false;
    }

    private static SyntaxNode MethodName(IInvocationOperation invocation) =>
        invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name : invocation.Syntax;

    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string what, ProjectKind project) =>
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ClientSecretInClientSideProject, syntax.GetLocation(), what, project.Reason));
}
