using System.Collections.Generic;
using System.Threading;
using JumioGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JumioGen.Generator;

/// <summary>
/// Turns a <c>[JumioApi]</c> interface into a <see cref="JumioApiSpec"/>, or into nothing when the declaration is one
/// the generator cannot extend (the analyzers explain why); it never throws on broken code.
/// </summary>
internal static class Parser
{
    public static JumioApiSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol symbol || context.TargetNode is not InterfaceDeclarationSyntax || context.Attributes.Length == 0)
        {
            return null;
        }

        // Problems are the analyzers' business; the generator only needs to know whether it can implement the interface.
        return ApiReader.Read(symbol, context.Attributes[0], context.SemanticModel.Compilation, new List<DeclarationProblem>(), cancellationToken);
    }
}
