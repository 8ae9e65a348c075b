using Microsoft.CodeAnalysis;

namespace JumioGen.Analyzers;

/// <summary>
/// The framework and JumioGen types the rules look for, resolved once per compilation by metadata name: analyzers run
/// inside the compiler and cannot reference the JumioGen runtime assembly. A type the compilation lacks is null.
/// </summary>
internal sealed class KnownTypes
{
    public const string JumioClientOptionsName = "JumioGen.JumioClientOptions";
    public const string JumioServiceCollectionExtensionsName = "Microsoft.Extensions.DependencyInjection.JumioServiceCollectionExtensions";
    public const string JumioClientName = "JumioGen.JumioClient";
    public const string JumioApiAttributeName = "JumioGen.JumioApiAttribute";

    private KnownTypes(Compilation compilation)
    {
        Uri = compilation.GetTypeByMetadataName("System.Uri");
        HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        HttpRequestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
        HttpHeaders = compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
        HttpRequestHeaders = compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpRequestHeaders");
        AuthenticationHeaderValue = compilation.GetTypeByMetadataName("System.Net.Http.Headers.AuthenticationHeaderValue");
        HttpClientHandler = compilation.GetTypeByMetadataName("System.Net.Http.HttpClientHandler");
        SocketsHttpHandler = compilation.GetTypeByMetadataName("System.Net.Http.SocketsHttpHandler");
        SslClientAuthenticationOptions = compilation.GetTypeByMetadataName("System.Net.Security.SslClientAuthenticationOptions");
        Configuration = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
        JumioClientOptions = compilation.GetTypeByMetadataName(JumioClientOptionsName);
        JumioServiceCollectionExtensions = compilation.GetTypeByMetadataName(JumioServiceCollectionExtensionsName);
        JumioClient = compilation.GetTypeByMetadataName(JumioClientName);
    }

    public INamedTypeSymbol? Uri { get; }

    public INamedTypeSymbol? HttpClient { get; }

    public INamedTypeSymbol? HttpRequestMessage { get; }

    public INamedTypeSymbol? HttpHeaders { get; }

    public INamedTypeSymbol? HttpRequestHeaders { get; }

    public INamedTypeSymbol? AuthenticationHeaderValue { get; }

    public INamedTypeSymbol? HttpClientHandler { get; }

    public INamedTypeSymbol? SocketsHttpHandler { get; }

    public INamedTypeSymbol? SslClientAuthenticationOptions { get; }

    public INamedTypeSymbol? Configuration { get; }

    public INamedTypeSymbol? JumioClientOptions { get; }

    public INamedTypeSymbol? JumioServiceCollectionExtensions { get; }

    public INamedTypeSymbol? JumioClient { get; }

    public static KnownTypes From(Compilation compilation) => new(compilation);

    /// <summary>
    /// Types whose values the rules follow: strings (addresses, secrets), URIs, and the HTTP objects whose addresses,
    /// headers and handlers matter.
    /// </summary>
    public bool IsFollowed(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String || ValueFlow.Operations.IsType(type, Uri))
        {
            return true;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "HttpClient" or "HttpMessageInvoker" or "HttpRequestMessage" or "HttpMessageHandler" or "HttpRequestHeaders"
                or "AuthenticationHeaderValue" or "SslClientAuthenticationOptions" or "IHttpClientBuilder")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for <c>JumioClientOptions.ClientSecret</c>.</summary>
    public bool IsClientSecretProperty(ISymbol? symbol) =>
        symbol is IPropertySymbol { Name: "ClientSecret" } property && ValueFlow.Operations.IsType(property.ContainingType, JumioClientOptions);

    /// <summary>True for <c>services.AddJumioClient&lt;T&gt;(…)</c> (every overload).</summary>
    public bool IsAddJumioClient(IMethodSymbol method) =>
        method.Name == "AddJumioClient"
        && (ValueFlow.Operations.IsType(method.ContainingType, JumioServiceCollectionExtensions) || method.ContainingType?.Name == "JumioServiceCollectionExtensions");

    /// <summary>True for <c>JumioClient.Create&lt;T&gt;(…)</c>.</summary>
    public bool IsJumioClientCreate(IMethodSymbol method) =>
        method.Name == "Create" && ValueFlow.Operations.IsType(method.ContainingType, JumioClient);
}
