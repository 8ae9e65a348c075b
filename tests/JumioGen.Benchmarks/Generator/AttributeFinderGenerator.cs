using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JumioGen.Benchmarks.Generator;

/// <summary>
/// The floor any ForAttributeWithMetadataName generator pays: it finds the same [JumioApi] interfaces as JumioGen's
/// generator and does nothing else (no parsing into specs, no output). After an edit Roslyn re-runs the attribute's
/// semantic check for every attributed node, so comparing JumioGen's incremental run with this one shows how much of
/// it is JumioGen's own work. Driven directly by the benchmark, never loaded by a compiler (hence no [Generator]).
/// </summary>
internal sealed class AttributeFinderGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            global::JumioGen.Generator.JumioApiGenerator.AttributeName,
            static (node, _) => node is InterfaceDeclarationSyntax,
            static (attributed, _) => attributed.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}
