using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace JumioGen.Analyzers.Scoping;

/// <summary>
/// The operation trees of one type's members, kept by a single operation-block action inside a symbol-start action
/// and walked at symbol end. Much cheaper than operation actions per kind: the driver calls back once per member
/// body instead of once per assignment, invocation and argument, and a rule that finds nothing to report in a first
/// walk never builds its value-flow tables at all.
/// </summary>
internal sealed class TypeOperations
{
    // Members of one type can be analysed concurrently; the walk comes after all of them (symbol end).
    private readonly List<ImmutableArray<IOperation>> blocks = new();

    private TypeOperations()
    {
    }

    /// <summary>Starts keeping the operation blocks of the type <paramref name="context"/> analyses.</summary>
    public static TypeOperations Keep(SymbolStartAnalysisContext context)
    {
        var operations = new TypeOperations();
        context.RegisterOperationBlockAction(block =>
        {
            lock (operations.blocks)
            {
                operations.blocks.Add(block.OperationBlocks);
            }
        });
        return operations;
    }

    /// <summary>Calls <paramref name="visit"/> with every operation of the type (the ones operation actions would see).</summary>
    public void Walk(Action<IOperation> visit)
    {
        foreach (var roots in blocks)
        {
            foreach (var root in roots)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    visit(operation);
                }
            }
        }
    }
}
