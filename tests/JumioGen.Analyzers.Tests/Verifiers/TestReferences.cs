using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace JumioGen.Analyzers.Tests.Verifiers;

/// <summary>
/// .NET 10 reference assemblies from Basic.Reference.Assemblies (no download at test time), plus the JumioGen runtime
/// and the Microsoft.Extensions assemblies test sources use (configuration, DI, IHttpClientFactory).
/// </summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies ReferenceAssemblies = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> Additional =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(JumioGen.JumioClientOptions).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IHttpClientBuilder).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILoggerFactory).Assembly.Location),
    ];

    /// <summary>A global analyzer config that sets MSBuild properties the way the SDK's generated editorconfig does.</summary>
    public static (string Path, string Content) GlobalConfig(params (string Name, string Value)[] properties) =>
        ("/.globalconfig", "is_global = true\n" + string.Concat(properties.Select(p => $"build_property.{p.Name} = {p.Value}\n")));
}
