using System.Collections.Generic;
using System.Linq;
using System.Threading;
using JumioGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JumioGen.Generator;

/// <summary>
/// Turns a <c>[JumioApi]</c> interface into a <see cref="JumioApiSpec"/>, or into nothing when the declaration is one
/// the generator cannot implement (the analyzers explain why); it never throws on broken code.
/// </summary>
internal static class Parser
{
    public static JumioApiSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } symbol
            || context.TargetNode is not InterfaceDeclarationSyntax declaration
            || context.Attributes.Length == 0)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword) || symbol.IsGenericType || !IsReachable(symbol)
            || HasMembersToImplement(symbol))
        {
            return null;
        }

        var containingTypes = ContainingTypes(symbol);
        if (containingTypes is null)
        {
            return null;
        }

        var attribute = context.Attributes[0];
        if (ReadRegion(attribute) is not { } region)
        {
            return null;
        }

        var operations = ReadStandardOperations(attribute) ? StandardOperations.All : EquatableArray<OperationSpec>.Empty;
        var ns = symbol.ContainingNamespace is { IsGlobalNamespace: false } containing
            ? containing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Substring("global::".Length)
            : null;
        return new JumioApiSpec(ns, symbol.Name, containingTypes.Value, region, operations);
    }

    // Custom operations and inherited interfaces are not generated yet; emitting a class that leaves them
    // unimplemented would break the user's build, so such interfaces get no output.
    private static bool HasMembersToImplement(INamedTypeSymbol symbol) =>
        symbol.AllInterfaces.Length > 0
        || symbol.GetMembers().Any(member => !member.IsStatic && member.IsAbstract);

    // The implementation is a file-local class in the same file, so it can only implement what it can see.
    private static bool IsReachable(INamedTypeSymbol symbol)
    {
        for (INamedTypeSymbol? type = symbol; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static EquatableArray<ContainingTypeSpec>? ContainingTypes(INamedTypeSymbol symbol)
    {
        var result = new List<ContainingTypeSpec>();
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType || Keyword(type) is not { } keyword || !IsPartial(type))
            {
                return null;
            }

            result.Insert(0, new ContainingTypeSpec(keyword, type.Name));
        }

        return result.ToEquatableArray();
    }

    private static string? Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Class } => "class",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => null,
    };

    private static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Any(reference =>
            reference.GetSyntax() is TypeDeclarationSyntax typeDeclaration && typeDeclaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string? ReadRegion(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0] is not { Kind: TypedConstantKind.Enum, Value: int value, Type: INamedTypeSymbol regionType })
        {
            return null;
        }

        return regionType.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(field => field.HasConstantValue && field.ConstantValue is int constant && constant == value)?.Name;
    }

    private static bool ReadStandardOperations(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "StandardOperations" && argument.Value.Value is bool value)
            {
                return value;
            }
        }

        return true;
    }
}
