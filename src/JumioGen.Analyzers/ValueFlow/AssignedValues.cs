using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace JumioGen.Analyzers.ValueFlow;

/// <summary>
/// What each local, field, property and parameter is assigned inside one type (all its parts), gathered by one walk
/// over the type's operations at symbol end (<see cref="Scoping.TypeFlow"/>; single-threaded, hence plain collections)
/// and read right after. A <c>null</c> value means "something the analyzer cannot follow" (an out argument, a
/// deconstruction, a compound assignment).
/// </summary>
internal sealed class AssignedValues
{
    private readonly Dictionary<ISymbol, List<IOperation?>> values = new(SymbolEqualityComparer.Default);
    private readonly Func<ITypeSymbol, bool> isTracked;

    /// <param name="isTracked">Which variable types are worth remembering (strings, URIs, HTTP objects): keeps the cost
    /// per type small, since every assignment in the project passes through here.</param>
    public AssignedValues(Func<ITypeSymbol, bool> isTracked) => this.isTracked = isTracked;

    public void Collect(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                Record(declarator.Symbol, initializer.Value);
                break;
            case ISimpleAssignmentOperation assignment:
                Record(SymbolOf(assignment.Target), assignment.Value);
                break;
            case ICoalesceAssignmentOperation coalesce:
                Record(SymbolOf(coalesce.Target), coalesce.Value);
                break;
            case ICompoundAssignmentOperation compound:
                Record(SymbolOf(compound.Target), null);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                RecordUnknownTargets(deconstruction.Target);
                break;
            case IFieldInitializerOperation fieldInitializer:
                foreach (var field in fieldInitializer.InitializedFields)
                {
                    Record(field, fieldInitializer.Value);
                }

                break;
            case IPropertyInitializerOperation propertyInitializer:
                foreach (var property in propertyInitializer.InitializedProperties)
                {
                    Record(property, propertyInitializer.Value);
                }

                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument:
                RecordUnknownTargets(argument.Value);
                break;
        }
    }

    /// <summary>Every value seen assigned to <paramref name="symbol"/> in this type (null entries: unknown).</summary>
    public IReadOnlyCollection<IOperation?> Of(ISymbol symbol) =>
        values.TryGetValue(symbol, out var queue) ? queue : (IReadOnlyCollection<IOperation?>)[];

    /// <summary>The local, field, property or parameter an expression names, when it names one directly.</summary>
    public static ISymbol? SymbolOf(IOperation? operation) => Operations.SkipConversions(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Arguments.Length: 0 } property => property.Property,
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } => local.Local,
        _ => null,
    };

    private void Record(ISymbol? symbol, IOperation? value)
    {
        if (symbol is null || TypeOf(symbol) is not { } type || !isTracked(type))
        {
            return;
        }

        if (!values.TryGetValue(symbol, out var assigned))
        {
            assigned = new List<IOperation?>();
            values.Add(symbol, assigned);
        }

        assigned.Add(value);
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private void RecordUnknownTargets(IOperation? target)
    {
        if (target is null)
        {
            return;
        }

        if (SymbolOf(target) is { } symbol)
        {
            Record(symbol, null);
            return;
        }

        foreach (var child in target.ChildOperations)
        {
            RecordUnknownTargets(child);
        }
    }
}
