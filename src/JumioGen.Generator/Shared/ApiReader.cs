using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using JumioGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JumioGen.Generator;

/// <summary>
/// Reads a <c>[JumioApi]</c> interface into a <see cref="JumioApiSpec"/> and lists every declaration problem. Shared by
/// the generator and the analyzers. Never throws on broken code: what it cannot understand becomes a problem, or is
/// left to the compiler's own errors.
/// </summary>
internal static class ApiReader
{
    /// <summary>
    /// The spec, or <see langword="null"/> when nothing can be generated at all (not partial, generic, hidden, broken
    /// attribute). A spec with <see cref="JumioApiSpec.IsImplemented"/> false declares the standard operations only.
    /// </summary>
    /// <param name="isGenerated">
    /// For the analyzers: members declared only in generated code (the standard operations JumioGen itself added) are
    /// skipped, as if absent, since every problem found in them would be reported in generated code, where it is never
    /// shown. The generator passes nothing: it never sees generated code.
    /// </param>
    public static JumioApiSpec? Read(
        INamedTypeSymbol symbol, AttributeData attribute, Compilation compilation, List<DeclarationProblem> problems, CancellationToken cancellationToken,
        Func<ISymbol, bool>? isGenerated = null)
    {
        if (symbol.TypeKind != TypeKind.Interface)
        {
            return null;
        }

        var containingTypes = ReadShape(symbol, problems);
        if (containingTypes is null || ReadRegion(attribute) is not { } region || !HasValidName(symbol))
        {
            return null;
        }

        // JumioClientMode.Device is 1: a device client holds no secret, so it gets no access-token operation.
        var isDevice = Named(attribute, "Mode") is int mode && mode == 1;
        var standard = Named(attribute, "StandardOperations") is false ? EquatableArray<OperationSpec>.Empty
            : isDevice ? StandardOperations.Device : StandardOperations.All;
        var implemented = true;
        if (symbol.Interfaces.Length > 0)
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedInterface, symbol, "a [JumioApi] interface cannot inherit other interfaces"));
            implemented = false;
        }

        var operations = new List<OperationSpec>();
        var signatures = new HashSet<string>();
        OperationReader? reader = null;
        foreach (var member in symbol.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!NeedsImplementation(member) || isGenerated?.Invoke(member) == true)
            {
                continue;
            }

            // Only interfaces with members of their own need the well-known types (most declare none).
            reader ??= CreateReader(compilation, attribute, standard);
            var operation = member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, IsVararg: false } method
                ? reader.Read(method, problems)
                : Unsupported(member, problems);
            if (isDevice && operation is { Target.Authorization: "AccessToken" })
            {
                problems.Add(new(DeclarationProblemKind.AccessTokenOperationOnDevice, member));
                operation = null;
            }

            implemented &= operation is not null && signatures.Add(Signature(member)) && HasValidNames(operation);
            if (operation is not null)
            {
                operations.Add(operation);
            }
        }

        var declared = standard.Where(operation => !symbol.GetMembers(operation.Name).Any(member => isGenerated?.Invoke(member) != true && Collides(member, operation)));
        var ns = symbol.ContainingNamespace is { IsGlobalNamespace: false } containing
            ? containing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Substring("global::".Length)
            : null;
        return new JumioApiSpec(ns, symbol.Name, containingTypes.Value, region, declared.Concat(operations).ToEquatableArray(), implemented, isDevice);
    }

    private static OperationReader CreateReader(Compilation compilation, AttributeData attribute, EquatableArray<OperationSpec> standard)
    {
        var known = KnownTypes.From(compilation);
        return new OperationReader(known, JsonMetadata.For(known, Named(attribute, "JsonContext") as ITypeSymbol), standard);
    }

    // Accessors come with their property or event; a static abstract member would make the interface unusable as a
    // type argument of the registration.
    private static bool NeedsImplementation(ISymbol member) =>
        member is not IMethodSymbol { MethodKind: not MethodKind.Ordinary } && member.IsAbstract;

    private static OperationSpec? Unsupported(ISymbol member, List<DeclarationProblem> problems)
    {
        problems.Add(new(DeclarationProblemKind.UnsupportedMember, member, member.IsStatic
            ? "static abstract members cannot be implemented by a generated client"
            : "only methods can be operations; properties, events and indexers cannot"));
        return null;
    }

    // Two members with one signature, or one parameter name twice, are the compiler's errors in the user's code;
    // implementing them would repeat those errors in generated code.
    private static string Signature(ISymbol member) =>
        member.Name + "(" + string.Join(",", ((IMethodSymbol)member).Parameters.Select(p => p.Type.ToDisplayString(TypeFacts.Plain))) + ")";

    // Broken syntax can leave a member or parameter without a name; the compiler reports it in the user's code.
    private static bool HasValidNames(OperationSpec operation) =>
        SyntaxFacts.IsValidIdentifier(operation.Name)
        && operation.Parameters.All(p => SyntaxFacts.IsValidIdentifier(p.Name))
        && operation.Parameters.Select(p => p.Name).Distinct().Count() == operation.Parameters.Count;

    // A user member that the standard operation would clash with replaces it (or hides it, when it is not a method).
    private static bool Collides(ISymbol member, OperationSpec standard)
    {
        if (member is not IMethodSymbol method)
        {
            return true;
        }

        return method.Arity == 0 && method.Parameters.Length == standard.Parameters.Count
            && method.Parameters.Select(p => p.Type.ToDisplayString(TypeFacts.Plain))
                .SequenceEqual(standard.Parameters.Select(p => p.Type));
    }

    // The interface gets another partial declaration in generated code, nested in the same types; the implementation
    // is a file-local class beside it, so it must see the interface.
    private static EquatableArray<ContainingTypeSpec>? ReadShape(INamedTypeSymbol symbol, List<DeclarationProblem> problems)
    {
        if (!IsPartial(symbol))
        {
            problems.Add(new(DeclarationProblemKind.NotPartial, symbol, symbol.Name));
            return null;
        }

        if (symbol.IsGenericType || symbol.IsFileLocal || !IsVisibleInAssembly(symbol))
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedInterface, symbol, symbol.IsGenericType
                ? "a [JumioApi] interface cannot be generic" : "a [JumioApi] interface must be visible to its whole assembly (public or internal, not private, protected or file)"));
            return null;
        }

        var result = new List<ContainingTypeSpec>();
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType || Keyword(type) is not { } keyword)
            {
                problems.Add(new(DeclarationProblemKind.UnsupportedInterface, symbol, $"a [JumioApi] interface cannot be nested in the generic type {type.Name}"));
                return null;
            }

            if (!IsPartial(type))
            {
                problems.Add(new(DeclarationProblemKind.NotPartial, type, type.Name));
                return null;
            }

            if (!SyntaxFacts.IsValidIdentifier(type.Name))
            {
                return null;
            }

            result.Insert(0, new ContainingTypeSpec(keyword, type.Name));
        }

        return result.ToEquatableArray();
    }

    // Broken syntax can leave a type or namespace without a name; the compiler reports it in the user's code.
    private static bool HasValidName(INamedTypeSymbol symbol)
    {
        for (var ns = symbol.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (!SyntaxFacts.IsValidIdentifier(ns.Name))
            {
                return false;
            }
        }

        return SyntaxFacts.IsValidIdentifier(symbol.Name);
    }

    private static bool IsVisibleInAssembly(INamedTypeSymbol symbol)
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

    private static string? Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Class } => "class",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => null,
    };

    // Every declaration must say partial, or the generated one is a second, conflicting type.
    private static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Length > 0
        && type.DeclaringSyntaxReferences.All(reference =>
            reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string? ReadRegion(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0] is not { Kind: TypedConstantKind.Enum, Value: int value, Type: INamedTypeSymbol regionType })
        {
            return null;
        }

        return regionType.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(field => field.HasConstantValue && field.ConstantValue is int constant && constant == value)?.Name;
    }

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind != TypedConstantKind.Error)
            {
                return argument.Value.Value;
            }
        }

        return null;
    }
}
