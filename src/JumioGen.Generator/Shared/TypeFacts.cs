using System.Linq;
using Microsoft.CodeAnalysis;

namespace JumioGen.Generator;

/// <summary>What generated code may do with a type: name it, format it into a URL or header, iterate it.</summary>
internal static class TypeFacts
{
    /// <summary>How a declared type is written back: fully qualified, with its nullable annotations, so signatures match exactly.</summary>
    public static readonly SymbolDisplayFormat Declared = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>How a type is written where annotations are not allowed (<c>typeof</c>, <c>JsonTypeInfo&lt;T&gt;</c>).</summary>
    public static readonly SymbolDisplayFormat Plain = SymbolDisplayFormat.FullyQualifiedFormat;

    private static readonly string[] SimpleSystemTypes = ["Guid", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan"];

    /// <summary>
    /// Whether generated code in another file of the same assembly can name <paramref name="type"/>: no errors, type
    /// parameters, pointers, <c>dynamic</c>, ref structs, static classes, file-local or inaccessible types anywhere inside it.
    /// </summary>
    public static bool IsNameable(ITypeSymbol? type, Compilation compilation)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return IsNameable(array.ElementType, compilation);
            case INamedTypeSymbol { TypeKind: not TypeKind.Error, IsFileLocal: false, IsRefLikeType: false, IsStatic: false } named:
                if (named.IsUnboundGenericType || named.SpecialType == SpecialType.System_Void || !compilation.IsSymbolAccessibleWithin(named, compilation.Assembly))
                {
                    return false;
                }

                for (var containing = named.ContainingType; containing is not null; containing = containing.ContainingType)
                {
                    if (containing.IsFileLocal)
                    {
                        return false;
                    }
                }

                return named.TypeArguments.All(argument => IsNameable(argument, compilation));
            default:
                return false;
        }
    }

    /// <summary>The type without its top-level nullable reference annotation (<c>Model?</c> is serialised as <c>Model</c>).</summary>
    public static ITypeSymbol WithoutAnnotation(ITypeSymbol type) =>
        type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type;

    /// <summary>Whether the declaration allows <see langword="null"/> for a reference type (<c>T?</c>).</summary>
    public static bool AllowsNull(ITypeSymbol type) =>
        type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;

    /// <summary>A value that formats to one URL or header string: text, numbers, booleans, enums, dates, ids (or a nullable one).</summary>
    public static bool IsSimple(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return IsSimple(nullable.TypeArguments[0]);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_String:
            case SpecialType.System_DateTime:
                return true;
        }

        return type.TypeKind == TypeKind.Enum
            || (type is INamedTypeSymbol { ContainingType: null, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } named
                && SimpleSystemTypes.Contains(named.Name));
    }

    /// <summary>The item type when <paramref name="type"/> is a collection of simple values (an array or an <c>IEnumerable&lt;T&gt;</c>, not a string).</summary>
    public static ITypeSymbol? SimpleCollectionItem(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return IsSimple(array.ElementType) ? array.ElementType : null;
        }

        var enumerables = type.AllInterfaces.AsEnumerable();
        if (type is INamedTypeSymbol named)
        {
            enumerables = enumerables.Prepend(named);
        }

        var items = enumerables
            .Where(candidate => candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            .Select(candidate => candidate.TypeArguments[0])
            .ToList();
        return items.Count == 1 && IsSimple(items[0]) ? items[0] : null;
    }
}
