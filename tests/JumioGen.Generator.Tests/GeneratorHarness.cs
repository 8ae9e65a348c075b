using System.Collections.Immutable;
using System.Reflection;
using JumioGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.Generator.Tests;

/// <summary>Runs the generator over source text the way the compiler does, with .NET 10 reference assemblies.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(JumioApiAttribute).Assembly.Location),

        // JumioClient.Create's optional logging parameter is part of its signature, so consumers compile against it.
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILoggerFactory).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Options.OptionsValidationException).Assembly.Location),
    ];

    /// <summary>Every warning on, including all warning waves (the strictest a consumer can ask for).</summary>
    public static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
        .WithWarningLevel(9999);

    public static CSharpCompilation Compile(params string[] sources) => Compile("Consumer", [], sources);

    public static CSharpCompilation Compile(string assemblyName, IEnumerable<MetadataReference> extraReferences, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"Source{i}.cs")),
            [.. References, .. extraReferences],
            Options);

    /// <summary>A driver with the JumioGen generator first (Results[0]) and, when asked, System.Text.Json's, as a real build has.</summary>
    public static GeneratorDriver CreateDriver(bool withJsonGenerator = false) =>
        CSharpGeneratorDriver.Create(
            withJsonGenerator ? [new JumioApiGenerator().AsSourceGenerator(), .. SdkGenerators.SystemTextJson.Value] : [new JumioApiGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generators and returns the output compilation, failing on any compiler warning or error.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params string[] sources) => Run(Compile(sources));

    public static (GeneratorDriverRunResult Result, Compilation Output) Run(Compilation compilation)
    {
        var driver = CreateDriver(withJsonGenerator: true).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.All(driver.GetRunResult().Results, result => Assert.Null(result.Exception));
        AssertCompilesCleanly(output);
        return (driver.GetRunResult(), output);
    }

    public static void AssertCompilesCleanly(Compilation output)
    {
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, "Generated code does not compile cleanly:\n" + string.Join("\n", problems.Select(p => p.ToString())));
    }

    /// <summary>Emits the compilation and loads it, so generated code can be run.</summary>
    public static Assembly Load(Compilation compilation) => LoadAll(compilation)[0];

    /// <summary>Emits the compilations and loads them into one context, where they can reference each other by name.</summary>
    public static Assembly[] LoadAll(params Compilation[] compilations)
    {
        var context = new CompilationLoadContext();
        return compilations.Select(compilation =>
        {
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            return context.Add(image.ToArray());
        }).ToArray();
    }

    /// <summary>Emits <paramref name="compilation"/> as a reference for another compilation.</summary>
    public static MetadataReference ToReference(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private sealed class CompilationLoadContext() : System.Runtime.Loader.AssemblyLoadContext("JumioGen.Tests." + Guid.NewGuid(), isCollectible: true)
    {
        private readonly Dictionary<string, Assembly> _loaded = new(StringComparer.Ordinal);

        public Assembly Add(byte[] image)
        {
            var assembly = LoadFromStream(new MemoryStream(image));
            _loaded[assembly.GetName().Name!] = assembly;
            return assembly;
        }

        // Test compilations resolve each other here; everything else (JumioGen, the framework) from the default context.
        protected override Assembly? Load(AssemblyName assemblyName) =>
            _loaded.TryGetValue(assemblyName.Name!, out var assembly) ? assembly : null;
    }
}
