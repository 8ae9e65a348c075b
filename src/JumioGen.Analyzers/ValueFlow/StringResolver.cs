using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace JumioGen.Analyzers.ValueFlow;

/// <summary>
/// Works out which strings (or URIs) an expression can be, following literals, constants, concatenation,
/// interpolation, <c>new Uri(…)</c>, and the locals, fields and properties assigned within the same type.
/// Anything it cannot follow becomes a <see cref="StringValue.Hole"/>; it never guesses.
/// </summary>
internal sealed class StringResolver
{
    private const int MaxDepth = 12;

    private readonly AssignedValues assignedValues;
    private readonly INamedTypeSymbol? uriType;

    public StringResolver(AssignedValues assignedValues, INamedTypeSymbol? uriType)
    {
        this.assignedValues = assignedValues;
        this.uriType = uriType;
    }

    /// <summary>The alternatives; empty when the expression is only ever <c>null</c>.</summary>
    public IReadOnlyList<string> Resolve(IOperation? operation) => Resolve(operation, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0);

    private IReadOnlyList<string> Resolve(IOperation? operation, HashSet<ISymbol> visiting, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return [StringValue.Unknown];
        }

        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value switch
            {
                string text => [text],
                null => [],
                _ => [StringValue.Unknown],
            };
        }

        var next = depth + 1;
        switch (operation)
        {
            case IConversionOperation conversion:
                return Resolve(conversion.Operand, visiting, next);
            case IParenthesizedOperation parenthesized:
                return Resolve(parenthesized.Operand, visiting, next);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary:
                return StringValue.Concat(Resolve(binary.LeftOperand, visiting, next), Resolve(binary.RightOperand, visiting, next));
            case IInterpolatedStringOperation interpolated:
                return ResolveInterpolation(interpolated, visiting, next);
            case IConditionalOperation conditional:
                return Union(Resolve(conditional.WhenTrue, visiting, next), Resolve(conditional.WhenFalse, visiting, next));
            case ICoalesceOperation coalesce:
                return Union(Resolve(coalesce.Value, visiting, next), Resolve(coalesce.WhenNull, visiting, next));
            case IObjectCreationOperation creation when Operations.IsType(creation.Type, uriType):
                return ResolveUriCreation(creation, visiting, next);
            default:
                return AssignedValues.SymbolOf(operation) is { } symbol ? ResolveSymbol(symbol, visiting, next) : [StringValue.Unknown];
        }
    }

    private IReadOnlyList<string> ResolveSymbol(ISymbol symbol, HashSet<ISymbol> visiting, int depth)
    {
        if (!visiting.Add(symbol))
        {
            return [StringValue.Unknown];
        }

        try
        {
            var assigned = assignedValues.Of(symbol);
            IReadOnlyList<string> result = assigned.Count == 0 || CanBeSetElsewhere(symbol) ? [StringValue.Unknown] : [];
            foreach (var value in assigned)
            {
                result = Union(result, value is null ? [StringValue.Unknown] : Resolve(value, visiting, depth));
            }

            return result;
        }
        finally
        {
            visiting.Remove(symbol);
        }
    }

    private IReadOnlyList<string> ResolveInterpolation(IInterpolatedStringOperation interpolated, HashSet<ISymbol> visiting, int depth)
    {
        IReadOnlyList<string> result = [string.Empty];
        foreach (var part in interpolated.Parts)
        {
            IReadOnlyList<string> piece = part switch
            {
                IInterpolatedStringTextOperation text => [text.Text.ConstantValue.Value as string ?? StringValue.Unknown],
                IInterpolationOperation { Alignment: null, FormatString: null } hole => Resolve(hole.Expression, visiting, depth),
                _ => [StringValue.Unknown],
            };
            if (piece.Count == 0)
            {
                piece = [string.Empty];
            }

            result = StringValue.Concat(result, piece);
        }

        return result;
    }

    private IReadOnlyList<string> ResolveUriCreation(IObjectCreationOperation creation, HashSet<ISymbol> visiting, int depth)
    {
        if (creation.Arguments.Length == 0)
        {
            return [StringValue.Unknown];
        }

        var first = creation.Arguments[0].Value;
        if (creation.Arguments.Length >= 2 && Operations.IsType(Operations.SkipConversions(first)?.Type, uriType))
        {
            var bases = Resolve(first, visiting, depth);
            var relatives = Resolve(creation.Arguments[1].Value, visiting, depth);
            var combined = new List<string>();
            foreach (var relative in relatives)
            {
                if (relative.IndexOf("://", StringComparison.Ordinal) > 0)
                {
                    combined.Add(relative);
                    continue;
                }

                combined.AddRange(bases.Select(b => b.TrimEnd('/') + "/" + relative.TrimStart('/')));
            }

            return combined.Count > StringValue.MaxAlternatives ? [StringValue.Unknown] : combined.Distinct().ToList();
        }

        return Resolve(first, visiting, depth);
    }

    // A field or settable property other code can write may hold anything: only values this type controls are known.
    private static bool CanBeSetElsewhere(ISymbol symbol) => symbol switch
    {
        IParameterSymbol => true,
        IFieldSymbol field => !field.IsReadOnly && !field.IsConst && field.DeclaredAccessibility != Accessibility.Private,
        IPropertySymbol property => property.SetMethod is { DeclaredAccessibility: not Accessibility.Private },
        _ => false,
    };

    private static IReadOnlyList<string> Union(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        if (left.Count == 0)
        {
            return right;
        }

        if (right.Count == 0)
        {
            return left;
        }

        var union = left.Concat(right).Distinct().ToList();
        return union.Count > StringValue.MaxAlternatives ? [StringValue.Unknown] : union;
    }
}
