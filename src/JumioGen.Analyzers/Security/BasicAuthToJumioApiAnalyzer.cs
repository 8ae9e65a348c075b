using System.Collections.Immutable;
using JumioGen.Analyzers.Hosts;
using JumioGen.Analyzers.Http;
using JumioGen.Analyzers.Scoping;
using JumioGen.Analyzers.ValueFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Analyzers.Security;

/// <summary>
/// JUMIO001: HTTP Basic credentials sent to a Jumio REST API (account/api/retrieval.{dc}.jumio.ai, legacy Netverify).
/// Basic on auth.{dc}.jumio.ai/oauth2/token is how client credentials are sent, and is not flagged; neither is Basic to
/// any other host. The request's or client's address is followed through constants, fields, locals and BaseAddress
/// within the type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BasicAuthToJumioApiAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the JumioGen Region member name of the flagged host ("US", "EU", "SG"), when known.</summary>
    public const string RegionProperty = "Region";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.BasicAuthToJumioApi);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(compilationStart =>
        {
            var types = KnownTypes.From(compilationStart.Compilation);
            if (types.HttpRequestHeaders is null)
            {
                return;
            }

            compilationStart.RegisterSymbolStartAction(symbolStart => AnalyzeType(symbolStart, types), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolStartAnalysisContext context, KnownTypes types)
    {
        if (!TypeSource.Mentions((INamedTypeSymbol)context.Symbol, BasicCredentialSites.RequiredWords, context.CancellationToken))
        {
            return;
        }

        var operations = TypeOperations.Keep(context);
        context.RegisterSymbolEndAction(end =>
        {
            // Sites and Jumio hosts first: most types that mention headers set no Authorization or talk to other
            // hosts, and need no value flow at all.
            var sites = new BasicCredentialSites(types);
            var hosts = new JumioHostMentions();
            operations.Walk(operation =>
            {
                sites.Collect(operation);
                hosts.Add(operation);
            });
            if (sites.IsEmpty || !hosts.ApiOrLegacyHost)
            {
                return;
            }

            var flow = TypeFlow.Collect(operations, types);
            foreach (var credential in sites.Resolve(flow))
            {
                foreach (var address in credential.Addresses)
                {
                    if (JumioUrl.TryParse(address, out var url) && url.Kind is JumioHostKind.RestApi or JumioHostKind.LegacyNetverify)
                    {
                        var properties = ImmutableDictionary<string, string?>.Empty.Add(RegionProperty, url.Region);
                        end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BasicAuthToJumioApi, credential.Syntax.GetLocation(), properties, Printable(url.Host)));
                        break;
                    }
                }
            }
        });
    }

    private static string Printable(string host) => host.Replace(StringValue.Hole.ToString(), "{…}");
}
