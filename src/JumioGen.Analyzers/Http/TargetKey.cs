using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using JumioGen.Analyzers.ValueFlow;

namespace JumioGen.Analyzers.Http;

/// <summary>
/// Names one HTTP object (client, request, handler) across a type: either the local/field/property/parameter that
/// holds it (an <see cref="ISymbol"/>) or the <c>new …</c> expression that creates it (its <see cref="SyntaxNode"/>).
/// </summary>
internal static class TargetKey
{
    public static readonly IEqualityComparer<object> Comparer = new KeyComparer();

    /// <summary>The key of the object an expression evaluates to, when it can be named.</summary>
    public static object? Of(IOperation? instance)
    {
        var operation = Operations.SkipConversions(instance);
        if (operation is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            operation = Operations.ImplicitReceiverTarget(operation);
        }

        return operation switch
        {
            IObjectCreationOperation creation => creation.Syntax,
            _ => AssignedValues.SymbolOf(operation),
        };
    }

    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) =>
            x is ISymbol a && y is ISymbol b ? SymbolEqualityComparer.Default.Equals(a, b) : ReferenceEquals(x, y);

        public int GetHashCode(object obj) => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
    }
}
