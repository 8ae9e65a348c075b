using System.Collections.Immutable;
using JumioGen.Analyzers.Hosts;
using JumioGen.Analyzers.ValueFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Analyzers.Security;

/// <summary>
/// JUMIO005: an address of the legacy Netverify APIs (<c>netverify.com</c>, <c>lon.netverify.com</c>,
/// <c>core-sgp.jumio.com</c>), reported where the string is written, with the KYX replacement in the message.
/// A URL or a bare host counts; prose that merely mentions the name does not.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LegacyNetverifyEndpointAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.LegacyNetverifyEndpoint);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(AnalyzeString, StringLiterals.OperationKinds);
    }

    private static void AnalyzeString(OperationAnalysisContext context)
    {
        // Most literals name no Jumio host at all: skip them before taking the text apart.
        var text = StringLiterals.TextOf(context.Operation);
        if (JumioHostText.MayNameJumioHost(text) && JumioUrl.TryParseUrlOrHost(text, out var url) && url.Kind == JumioHostKind.LegacyNetverify)
        {
            var shown = text!.Trim().Replace(StringValue.Unknown, "{…}");
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LegacyNetverifyEndpoint, context.Operation.Syntax.GetLocation(), shown, LegacyEndpoints.ReplacementFor(url)));
        }
    }
}
