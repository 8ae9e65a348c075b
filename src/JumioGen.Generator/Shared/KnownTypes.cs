using Microsoft.CodeAnalysis;

namespace JumioGen.Generator;

/// <summary>
/// The types the declaration rules recognise, looked up once per interface. Lives only while one interface is read,
/// never in a pipeline model (symbols are not equatable and would root old compilations).
/// </summary>
internal sealed class KnownTypes
{
    private KnownTypes(Compilation compilation)
    {
        Compilation = compilation;
        OperationAttribute = compilation.GetTypeByMetadataName("JumioGen.JumioOperationAttribute");
        QueryAttribute = compilation.GetTypeByMetadataName("JumioGen.QueryAttribute");
        HeaderAttribute = compilation.GetTypeByMetadataName("JumioGen.HeaderAttribute");
        BodyAttribute = compilation.GetTypeByMetadataName("JumioGen.BodyAttribute");
        PartAttribute = compilation.GetTypeByMetadataName("JumioGen.PartAttribute");
        TransactionTokenAttribute = compilation.GetTypeByMetadataName("JumioGen.TransactionTokenAttribute");
        JumioTransaction = compilation.GetTypeByMetadataName("JumioGen.JumioTransaction");
        JumioResponse = compilation.GetTypeByMetadataName("JumioGen.JumioResponse`1");
        JumioJsonContext = compilation.GetTypeByMetadataName("JumioGen.JumioJsonContext");
        JumioHost = compilation.GetTypeByMetadataName("JumioGen.JumioHost");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        Stream = compilation.GetTypeByMetadataName("System.IO.Stream");
        HttpContent = compilation.GetTypeByMetadataName("System.Net.Http.HttpContent");
        HttpResponseMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpResponseMessage");
        JsonSerializerContext = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializerContext");
        JsonSerializableAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonSerializableAttribute");
        JsonTypeInfoOfT = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.Metadata.JsonTypeInfo`1");
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol? OperationAttribute { get; }

    public INamedTypeSymbol? QueryAttribute { get; }

    public INamedTypeSymbol? HeaderAttribute { get; }

    public INamedTypeSymbol? BodyAttribute { get; }

    public INamedTypeSymbol? PartAttribute { get; }

    public INamedTypeSymbol? TransactionTokenAttribute { get; }

    public INamedTypeSymbol? JumioTransaction { get; }

    public INamedTypeSymbol? JumioResponse { get; }

    public INamedTypeSymbol? JumioJsonContext { get; }

    public INamedTypeSymbol? JumioHost { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? Stream { get; }

    public INamedTypeSymbol? HttpContent { get; }

    public INamedTypeSymbol? HttpResponseMessage { get; }

    public INamedTypeSymbol? JsonSerializerContext { get; }

    public INamedTypeSymbol? JsonSerializableAttribute { get; }

    public INamedTypeSymbol? JsonTypeInfoOfT { get; }

    public static KnownTypes From(Compilation compilation) => new(compilation);

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? known)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, known))
            {
                return true;
            }
        }

        return false;
    }
}
