using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.Benchmarks.Roslyn;

/// <summary>
/// What every compilation in these benchmarks is built from: .NET 10 reference assemblies (no download), the JumioGen
/// runtime, Refit and the Microsoft.Extensions pieces a real service project uses.
/// </summary>
internal static class BenchmarkReferences
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly CSharpCompilationOptions LibraryOptions = new(
        OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    public static readonly ImmutableArray<MetadataReference> All =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        FromAssemblyOf(typeof(JumioApiAttribute)),
        FromAssemblyOf(typeof(Refit.GetAttribute)),
        FromAssemblyOf(typeof(Microsoft.Extensions.Configuration.IConfiguration)),
        FromAssemblyOf(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection)),
        FromAssemblyOf(typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions)),
        FromAssemblyOf(typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions)),
        FromAssemblyOf(typeof(Microsoft.Extensions.Options.IOptions<>)),
    ];

    public static CSharpCompilation Compile(string assemblyName, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(assemblyName, trees, All, LibraryOptions);

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    private static MetadataReference FromAssemblyOf(Type type) => MetadataReference.CreateFromFile(type.Assembly.Location);

    /// <summary>The assembly metadata the project file stamps in (paths of analyzer assemblies found at build time).</summary>
    public static string? BuildMetadata(string key) =>
        typeof(BenchmarkReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
}
