using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JumioGen.Generator;

/// <summary>
/// Finds the source-generated <c>JsonTypeInfo&lt;T&gt;</c> for a type that travels as JSON, so generated code never
/// serialises by reflection: Jumio's models from <c>JumioJsonContext</c>, everything else from the interface's
/// <c>JsonContext</c>.
/// </summary>
/// <remarks>
/// Generators do not see each other's output, so for a context declared in the same project the STJ-generated
/// properties are invisible here. Such a context is asked at run time with <c>GetTypeInfo(typeof(T))</c>, which its
/// generated code answers without reflection; a context from a referenced assembly is used through its property.
/// </remarks>
internal sealed class JsonMetadata
{
    private const string JumioContext = "global::JumioGen.JumioJsonContext.Default";

    private readonly KnownTypes _known;
    private readonly INamedTypeSymbol? _context;
    private readonly string? _contextProblem;

    private JsonMetadata(KnownTypes known, INamedTypeSymbol? context, string? contextProblem)
    {
        _known = known;
        _context = context;
        _contextProblem = contextProblem;
    }

    public static JsonMetadata For(KnownTypes known, ITypeSymbol? context)
    {
        if (context is null)
        {
            return new JsonMetadata(known, null, null);
        }

        if (context is not INamedTypeSymbol { IsGenericType: false } named || !TypeFacts.IsNameable(named, known.Compilation)
            || !KnownTypes.DerivesFrom(named, known.JsonSerializerContext))
        {
            return new JsonMetadata(known, null, $"JsonContext {context.ToDisplayString()} is not a JsonSerializerContext this assembly can use");
        }

        return HasDefaultInstance(named, known)
            ? new JsonMetadata(known, named, null)
            : new JsonMetadata(known, null, $"JsonContext {named.ToDisplayString()} is not source-generated: declare it 'partial' with [JsonSerializable(typeof(T))] for each type");
    }

    /// <summary>The expression of <paramref name="type"/>'s <c>JsonTypeInfo</c>, or <see langword="null"/> with the reason.</summary>
    public string? TypeInfo(ITypeSymbol type, out string problem)
    {
        problem = "";
        var plain = TypeFacts.WithoutAnnotation(type);
        if (PropertyFor(_known.JumioJsonContext, plain) is { } jumioProperty)
        {
            return JumioContext + "." + jumioProperty;
        }

        var display = plain.ToDisplayString(TypeFacts.Plain);
        if (_context is null)
        {
            problem = _contextProblem ?? $"{plain.ToDisplayString()} travels as JSON: name a source-generated JsonSerializerContext that lists it with [JumioApi(..., JsonContext = typeof(MyJsonContext))]";
            return null;
        }

        var context = _context.ToDisplayString(TypeFacts.Plain) + ".Default";
        if (PropertyFor(_context, plain) is { } property)
        {
            return context + "." + property;
        }

        if (_context.DeclaringSyntaxReferences.Length == 0)
        {
            problem = $"{_context.ToDisplayString()} has no JSON metadata for {plain.ToDisplayString()}";
            return null;
        }

        return $"global::JumioGen.JumioRequestValues.JsonTypeInfo<{display}>({context})";
    }

    private string? PropertyFor(INamedTypeSymbol? context, ITypeSymbol type)
    {
        if (context is null || _known.JsonTypeInfoOfT is null)
        {
            return null;
        }

        foreach (var member in context.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, IsIndexer: false, Type: INamedTypeSymbol propertyType } property
                && KnownTypes.Is(propertyType, _known.JsonTypeInfoOfT)
                && SymbolEqualityComparer.Default.Equals(propertyType.TypeArguments[0], type))
            {
                return SyntaxFacts.GetKeywordKind(property.Name) == SyntaxKind.None ? property.Name : "@" + property.Name;
            }
        }

        return null;
    }

    // A context from a referenced assembly shows its Default property; one in this project gets it from the
    // System.Text.Json generator, which only writes it for a well-formed declaration: partial (as are the types it
    // is nested in), with [JsonSerializable(typeof(T))] attributes the compiler could bind.
    private static bool HasDefaultInstance(INamedTypeSymbol context, KnownTypes known)
    {
        if (context.GetMembers("Default").Any(member => member is IPropertySymbol { IsStatic: true } property
                && SymbolEqualityComparer.Default.Equals(property.Type, context)))
        {
            return true;
        }

        for (var type = context; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType || type.DeclaringSyntaxReferences.Length == 0
                || !type.DeclaringSyntaxReferences.All(reference => reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword)))
            {
                return false;
            }
        }

        var attributes = context.GetAttributes();
        return attributes.Any(attribute => KnownTypes.Is(attribute.AttributeClass, known.JsonSerializableAttribute))
            && attributes.All(IsWellFormed);
    }

    private static bool IsWellFormed(AttributeData attribute) =>
        attribute.AttributeConstructor is not null
        && attribute.ConstructorArguments.All(IsWellFormed)
        && attribute.NamedArguments.All(argument => IsWellFormed(argument.Value));

    private static bool IsWellFormed(TypedConstant constant) => constant.Kind switch
    {
        TypedConstantKind.Error => false,
        TypedConstantKind.Type => constant.Value is ITypeSymbol { TypeKind: not TypeKind.Error },
        TypedConstantKind.Array => constant.Values.All(IsWellFormed),
        _ => true,
    };
}
