using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace JumioGen.Analyzers.ValueFlow;

/// <summary>Small helpers for walking operation trees.</summary>
internal static class Operations
{
    /// <summary>Looks through implicit and explicit conversions and parentheses.</summary>
    public static IOperation? SkipConversions(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The argument bound to the parameter called <paramref name="parameterName"/>, if any.</summary>
    public static IOperation? Argument(IInvocationOperation invocation, string parameterName)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The argument bound to the parameter called <paramref name="parameterName"/>, if any.</summary>
    public static IOperation? Argument(IObjectCreationOperation creation, string parameterName)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The receiver of an instance call, or the first argument of an extension method call.</summary>
    public static IOperation? Receiver(IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    /// <summary>
    /// For the implicit receiver inside an object initializer (<c>new T { P = … }</c> or <c>M = { P = … }</c>), the
    /// object creation or the initialized member the receiver stands for.
    /// </summary>
    public static IOperation? ImplicitReceiverTarget(IOperation implicitReceiver)
    {
        for (var current = implicitReceiver.Parent; current is not null; current = current.Parent)
        {
            if (current is IObjectOrCollectionInitializerOperation initializer)
            {
                return initializer.Parent switch
                {
                    IObjectCreationOperation creation => creation,
                    IMemberInitializerOperation member => member.InitializedMember,
                    _ => null,
                };
            }
        }

        return null;
    }

    public static bool IsType(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? expected)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (IsType(current, expected))
            {
                return true;
            }
        }

        return false;
    }
}
