using System.Linq;
using Microsoft.CodeAnalysis;

namespace JumioGen.CodeFixes.Security;

/// <summary>
/// Finds an <c>IConfiguration</c> the code at a position can already reach: a local or parameter (<c>configuration</c>),
/// a builder's <c>Configuration</c> property (<c>builder.Configuration</c>), or a field/property of the type.
/// Configuration sections are skipped: their path is unknown, so "Jumio:ClientSecret" would be read from the wrong place.
/// </summary>
internal static class ConfigurationLookup
{
    public const string ConfigurationKey = "Jumio:ClientSecret";

    public const string EnvironmentVariable = "Jumio__ClientSecret";

    /// <summary>C# text that reads the Jumio client secret at <paramref name="position"/>.</summary>
    public static string ReadSecretExpression(SemanticModel model, int position)
    {
        if (ConfigurationExpression(model, position) is { } configuration)
        {
            return $"{configuration}[\"{ConfigurationKey}\"]";
        }

        var environment = model.LookupNamespacesAndTypes(position, name: "Environment").Any(s => s.ToDisplayString() == "System.Environment")
            ? "Environment"
            : "System.Environment";
        return $"{environment}.GetEnvironmentVariable(\"{EnvironmentVariable}\")";
    }

    public static string? ConfigurationExpression(SemanticModel model, int position)
    {
        var configuration = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
        var section = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationSection");
        if (configuration is null)
        {
            return null;
        }

        var staticContext = IsStaticContext(model, position);
        var symbols = model.LookupSymbols(position)
            .Where(s => s is ILocalSymbol or IParameterSymbol || s is IFieldSymbol or IPropertySymbol && (!staticContext || s.IsStatic))
            .OrderBy(s => s is ILocalSymbol or IParameterSymbol ? 0 : 1)
            .ToList();

        foreach (var symbol in symbols)
        {
            if (IsConfiguration(TypeOf(symbol), configuration, section))
            {
                return symbol.Name;
            }
        }

        foreach (var symbol in symbols)
        {
            var property = TypeOf(symbol)?.GetMembers("Configuration").OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic && p.GetMethod is not null);
            if (property is not null && IsConfiguration(property.Type, configuration, section))
            {
                return symbol.Name + ".Configuration";
            }
        }

        return null;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static bool IsConfiguration(ITypeSymbol? type, INamedTypeSymbol configuration, INamedTypeSymbol? section)
    {
        if (type is null || Implements(type, section))
        {
            return false;
        }

        return Implements(type, configuration);
    }

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol? expected) =>
        expected is not null && (SymbolEqualityComparer.Default.Equals(type, expected) || type.AllInterfaces.Contains(expected, SymbolEqualityComparer.Default));

    // Inside a static method (or a lambda in one), instance fields and properties are out of reach.
    private static bool IsStaticContext(SemanticModel model, int position)
    {
        var symbol = model.GetEnclosingSymbol(position);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol is null || symbol.IsStatic;
    }
}
