using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using JumioGen.Analyzers.Hosts;
using JumioGen.Analyzers.Http;
using JumioGen.Analyzers.Scoping;
using JumioGen.Analyzers.ValueFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace JumioGen.Analyzers.Security;

/// <summary>
/// JUMIO004: Jumio traffic without TLS protection. Flags an <c>http://</c> address of a Jumio host where it is written,
/// and a certificate check switched off (<c>ServerCertificateCustomValidationCallback</c> or
/// <c>SslOptions.RemoteCertificateValidationCallback</c> that accepts everything, or
/// <c>DangerousAcceptAnyServerCertificateValidator</c>) on a handler that ends up under a JumioGen client
/// (<c>AddJumioClient(…).ConfigurePrimaryHttpMessageHandler</c>, <c>JumioClient.Create(…, handler)</c>) or under an
/// HttpClient that talks to a Jumio host.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureJumioTransportAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: <see cref="HttpKind"/> or <see cref="CertificateKind"/> (which code fix applies).</summary>
    public const string KindProperty = "Kind";

    public const string HttpKind = "Http";

    public const string CertificateKind = "Certificate";

    // A certificate check can only be switched off by assigning one of these properties (see IsValidationCallback).
    private static readonly ImmutableArray<string> CallbackNames = ImmutableArray.Create("ServerCertificateCustomValidationCallback", "RemoteCertificateValidationCallback");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InsecureJumioTransport);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(compilationStart =>
        {
            var types = KnownTypes.From(compilationStart.Compilation);
            compilationStart.RegisterOperationAction(AnalyzeString, StringLiterals.OperationKinds);
            if (types.HttpClientHandler is not null || types.SslClientAuthenticationOptions is not null)
            {
                compilationStart.RegisterSymbolStartAction(symbolStart => AnalyzeType(symbolStart, types), SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeString(OperationAnalysisContext context)
    {
        // Most literals name no Jumio host at all: skip them before taking the text apart.
        var text = StringLiterals.TextOf(context.Operation);
        if (JumioHostText.MayNameJumioHost(text) && JumioUrl.TryParse(text, out var url) && url.IsHttp && url.IsJumio)
        {
            Report(context.ReportDiagnostic, context.Operation.Syntax, HttpKind, $"Plain http:// to the Jumio host '{url.Host.Replace(StringValue.Unknown, "{…}")}': use https://");
        }
    }

    private static void AnalyzeType(SymbolStartAnalysisContext context, KnownTypes types)
    {
        if (!TypeSource.Mentions((INamedTypeSymbol)context.Symbol, CallbackNames, context.CancellationToken))
        {
            return;
        }

        var operations = TypeOperations.Keep(context);
        context.RegisterSymbolEndAction(end =>
        {
            // The overrides first: the value flow is only built for a type that switches certificate checks off.
            var overrides = new List<ISimpleAssignmentOperation>();
            operations.Walk(operation =>
            {
                if (operation is ISimpleAssignmentOperation assignment && IsValidationCallback(assignment.Target, types) && AcceptsAnyCertificate(assignment.Value))
                {
                    overrides.Add(assignment);
                }
            });
            if (overrides.Count == 0)
            {
                return;
            }

            var flow = TypeFlow.Collect(operations, types);
            foreach (var assignment in overrides)
            {
                if (HandlerOf(assignment, types) is { } handler && flow.Http.IsUsedByJumioClient(handler, flow.Resolver))
                {
                    Report(end.ReportDiagnostic, assignment.Value.Syntax, CertificateKind, "TLS certificate validation is switched off for a handler used by a Jumio client: remove the override");
                }
            }
        });
    }

    private static bool IsValidationCallback(IOperation target, KnownTypes types) => target is IPropertyReferenceOperation property && (
        property.Property.Name == "ServerCertificateCustomValidationCallback" && Operations.DerivesFrom(property.Property.ContainingType, types.HttpClientHandler)
        || property.Property.Name == "RemoteCertificateValidationCallback" && Operations.IsType(property.Property.ContainingType, types.SslClientAuthenticationOptions));

    // (…) => true, delegate { return true; }, HttpClientHandler.DangerousAcceptAnyServerCertificateValidator
    private static bool AcceptsAnyCertificate(IOperation value)
    {
        var operation = Operations.SkipConversions(value);
        if (operation is IDelegateCreationOperation delegateCreation)
        {
            operation = delegateCreation.Target;
        }

        switch (operation)
        {
            case IPropertyReferenceOperation { Property.Name: "DangerousAcceptAnyServerCertificateValidator" }:
                return true;
            case IAnonymousFunctionOperation lambda:
                var returns = lambda.Body.Descendants().OfType<IReturnOperation>().Where(r => EnclosingLambda(r) == lambda).ToList();
                return returns.Count > 0 && returns.All(r => r.ReturnedValue?.ConstantValue is { HasValue: true, Value: true });
            default:
                return false;
        }
    }

    private static IAnonymousFunctionOperation? EnclosingLambda(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                return lambda;
            }
        }

        return null;
    }

    // The handler the callback belongs to: handler.X = …, new HttpClientHandler { X = … }, handler.SslOptions.Y = …,
    // new SocketsHttpHandler { SslOptions = { Y = … } }, handler.SslOptions = new SslClientAuthenticationOptions { Y = … }.
    private static object? HandlerOf(ISimpleAssignmentOperation assignment, KnownTypes types)
    {
        var property = (IPropertyReferenceOperation)assignment.Target;
        if (property.Property.Name == "ServerCertificateCustomValidationCallback")
        {
            return TargetKey.Of(property.Instance);
        }

        var options = Operations.SkipConversions(property.Instance);
        if (options is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            options = Operations.ImplicitReceiverTarget(options);
        }

        if (options is IObjectCreationOperation creation)
        {
            var parent = creation.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            options = parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } ? target : null;
        }

        return options is IPropertyReferenceOperation { Property.Name: "SslOptions" } sslOptions && Operations.DerivesFrom(sslOptions.Property.ContainingType, types.SocketsHttpHandler)
            ? TargetKey.Of(sslOptions.Instance)
            : null;
    }

    private static void Report(System.Action<Diagnostic> report, SyntaxNode syntax, string kind, string message) =>
        report(Diagnostic.Create(DiagnosticDescriptors.InsecureJumioTransport, syntax.GetLocation(), ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind), message));
}
