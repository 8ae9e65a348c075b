using JumioGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace JumioGen.Generator;

/// <summary>
/// Finds <c>[JumioApi]</c> interfaces and generates their clients. Only the pipeline lives here: the Parser
/// builds equatable specs, the Emitter writes code. Reports no diagnostics (the analyzers do).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class JumioApiGenerator : IIncrementalGenerator
{
    /// <summary>The attribute that marks a Jumio client interface.</summary>
    public const string AttributeName = "JumioGen.JumioApiAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.SyntaxProvider
            .ForAttributeWithMetadataName(AttributeName, static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.InterfaceDeclarationSyntax, Parser.Parse)
            .WithTrackingName(TrackingNames.InterfaceSpecs)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.ValidSpecs);

        context.RegisterSourceOutput(specs, static (output, spec) => output.AddSource(spec.HintName, Emitter.Emit(spec)));
    }
}
