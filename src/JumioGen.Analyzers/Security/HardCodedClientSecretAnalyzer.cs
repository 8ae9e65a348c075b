using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using JumioGen.Analyzers.Hosts;
using JumioGen.Analyzers.Http;
using JumioGen.Analyzers.Scoping;
using JumioGen.Analyzers.ValueFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace JumioGen.Analyzers.Security;

/// <summary>
/// JUMIO003: a Jumio client secret written in source code. Sinks (not variable names) decide: the value assigned to
/// <c>JumioClientOptions.ClientSecret</c>, and the "id:secret" of an HTTP Basic credential sent to a Jumio host (the
/// hand-written token call). The value is followed through literals, constants, concatenation, interpolation and the
/// locals, fields and properties of the type; it is flagged only when every way it can be is a literal that is not a
/// placeholder.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedClientSecretAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: which sink the secret reaches (<see cref="ClientSecretSink"/> or <see cref="BasicCredentialSink"/>).</summary>
    public const string SinkProperty = "Sink";

    public const string ClientSecretSink = "ClientSecret";

    public const string BasicCredentialSink = "BasicCredential";

    // A type can only reach a sink by naming JumioClientOptions.ClientSecret or the headers of a Basic credential.
    private static readonly ImmutableArray<string> RequiredWords = BasicCredentialSites.RequiredWords.Add("ClientSecret");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedClientSecret);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(compilationStart =>
        {
            var types = KnownTypes.From(compilationStart.Compilation);
            if (types.JumioClientOptions is null && types.HttpRequestHeaders is null)
            {
                return;
            }

            compilationStart.RegisterSymbolStartAction(symbolStart => AnalyzeType(symbolStart, types), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolStartAnalysisContext context, KnownTypes types)
    {
        if (!TypeSource.Mentions((INamedTypeSymbol)context.Symbol, RequiredWords, context.CancellationToken))
        {
            return;
        }

        var operations = TypeOperations.Keep(context);
        context.RegisterSymbolEndAction(end =>
        {
            // The sinks first: the value flow is only built for a type that has one (a Basic credential only counts
            // when the type can name a Jumio host).
            var basicSites = new BasicCredentialSites(types);
            var clientSecrets = new List<IOperation>();
            var hosts = new JumioHostMentions();
            operations.Walk(operation =>
            {
                basicSites.Collect(operation);
                hosts.Add(operation);
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment && types.IsClientSecretProperty(property.Property))
                {
                    clientSecrets.Add(assignment.Value);
                }
            });
            if (clientSecrets.Count == 0 && (basicSites.IsEmpty || !hosts.AnyHost))
            {
                return;
            }

            var flow = TypeFlow.Collect(operations, types);
            foreach (var value in clientSecrets)
            {
                if (IsHardCoded(flow.Resolver.Resolve(value)))
                {
                    Report(end, value.Syntax, ClientSecretSink);
                }
            }

            // The secret is checked before the addresses: a credential read from configuration needs no HTTP objects.
            foreach (var credential in basicSites.Resolve(flow, c => IsHardCoded(SecretsOf(c, flow.Resolver))))
            {
                if (credential.Addresses.Any(a => JumioUrl.TryParse(a, out var url) && url.IsJumio))
                {
                    Report(end, credential.Credential.Syntax, BasicCredentialSink);
                }
            }
        });
    }

    private static bool IsHardCoded(IReadOnlyList<string> alternatives) =>
        alternatives.Count > 0 && alternatives.All(v => StringValue.IsComplete(v) && !SecretPlaceholders.IsPlaceholder(v));

    /// <summary>The secret halves of "id:secret" a Basic credential can carry (holes where unknown).</summary>
    private static IReadOnlyList<string> SecretsOf(IOperation credential, StringResolver resolver)
    {
        // new BasicAuthenticationHeaderValue(id, secret)
        if (credential is IObjectCreationOperation { Type.Name: "BasicAuthenticationHeaderValue", Arguments.Length: >= 2 } basic)
        {
            return resolver.Resolve(basic.Arguments[1].Value);
        }

        // Convert.ToBase64String(Encoding.X.GetBytes("id:secret")), anywhere in the credential expression.
        foreach (var invocation in credential.DescendantsAndSelf().OfType<IInvocationOperation>())
        {
            if (invocation.TargetMethod is { Name: "ToBase64String", ContainingType.Name: "Convert" }
                && invocation.Arguments.Length >= 1
                && Operations.SkipConversions(invocation.Arguments[0].Value) is IInvocationOperation { TargetMethod.Name: "GetBytes", Arguments.Length: 1 } getBytes)
            {
                return resolver.Resolve(getBytes.Arguments[0].Value).Select(SecretHalf).ToList();
            }
        }

        // A literal "Basic <base64>" header or base64 parameter.
        return resolver.Resolve(credential).Select(DecodedSecretHalf).ToList();
    }

    private static string SecretHalf(string idColonSecret)
    {
        var colon = idColonSecret.IndexOf(':');
        return colon < 0 ? StringValue.Unknown : idColonSecret.Substring(colon + 1);
    }

    private static string DecodedSecretHalf(string value)
    {
        if (!StringValue.IsComplete(value))
        {
            return StringValue.Unknown;
        }

        var encoded = value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? value.Substring(6).Trim() : value.Trim();
        try
        {
            return SecretHalf(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
        }
        catch (FormatException)
        {
            return StringValue.Unknown;
        }
    }

    private static void Report(SymbolAnalysisContext context, SyntaxNode syntax, string sink) =>
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.HardCodedClientSecret,
            syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(SinkProperty, sink)));
}
