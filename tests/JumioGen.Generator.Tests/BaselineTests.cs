using Microsoft.CodeAnalysis;

namespace JumioGen.Generator.Tests;

/// <summary>
/// Generated code is compared with checked-in baselines. To accept a deliberate change, run the tests with
/// JUMIOGEN_UPDATE_BASELINES=1 and review the diff of Baselines/.
/// </summary>
public sealed class BaselineTests
{
    [Theory]
    [InlineData("FileScopedNamespace", """
        using JumioGen;
        namespace Acme.Onboarding;

        [JumioApi(Region.EU)]
        public partial interface IJumio;
        """)]
    [InlineData("GlobalNamespaceInternal", """
        [JumioGen.JumioApi(JumioGen.Region.US)]
        internal partial interface IJumioUs { }
        """)]
    [InlineData("NestedInPartialClass", """
        using JumioGen;
        namespace Acme
        {
            public static partial class Clients
            {
                [JumioApi(Region.SG)]
                public partial interface ISingapore { }
            }
        }
        """)]
    [InlineData("StandardOperationsOff", """
        using JumioGen;
        namespace Acme;

        [JumioApi(Region.EU, StandardOperations = false)]
        public partial interface IEmpty;
        """)]
    [InlineData("DeviceMode", """
        using JumioGen;
        namespace Acme.App;

        [JumioApi(Region.EU, Mode = JumioClientMode.Device)]
        public partial interface IJumioDevice;
        """)]
    [InlineData("CustomOperations", Scenarios.CustomOperations)]
    [InlineData("StandardRedeclaredAndReplaced", Scenarios.StandardRedeclaredAndReplaced)]
    public void Generated_code_matches_baseline(string scenario, string source)
    {
        var (result, _) = GeneratorHarness.Run(source);

        var generated = Assert.Single(result.Results[0].GeneratedSources);
        var actual = generated.SourceText.ToString();
        var path = Path.Combine(BaselineFolder(), scenario + ".g.cs.txt");
        if (Environment.GetEnvironmentVariable("JUMIOGEN_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No baseline {path}; run with JUMIOGEN_UPDATE_BASELINES=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Hint_name_is_namespace_and_interface()
    {
        var (result, _) = GeneratorHarness.Run("namespace A.B { [JumioGen.JumioApi(JumioGen.Region.EU)] public partial interface IJumio { } }");

        Assert.Equal("A.B.IJumio.g.cs", Assert.Single(result.Results[0].GeneratedSources).HintName);
    }

    [Theory]
    [InlineData("not partial", "[JumioGen.JumioApi(JumioGen.Region.EU)] public interface IJumio { }")]
    [InlineData("one part not partial", "[JumioGen.JumioApi(JumioGen.Region.EU)] public partial interface IJumio { } public interface IJumio { }")]
    [InlineData("generic", "[JumioGen.JumioApi(JumioGen.Region.EU)] public partial interface IJumio<T> { }")]
    [InlineData("containing class not partial", "public class Outer { [JumioGen.JumioApi(JumioGen.Region.EU)] public partial interface IJumio { } }")]
    [InlineData("nested in a generic class", "public partial class Outer<T> { [JumioGen.JumioApi(JumioGen.Region.EU)] public partial interface IJumio { } }")]
    [InlineData("private nested", "public partial class Outer { [JumioGen.JumioApi(JumioGen.Region.EU)] private partial interface IJumio { } }")]
    [InlineData("file-local", "[JumioGen.JumioApi(JumioGen.Region.EU)] file partial interface IJumio { }")]
    public void Declarations_it_cannot_extend_get_no_output(string why, string source)
    {
        var driver = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile(source));

        var result = driver.GetRunResult();
        Assert.True(result.Results[0].GeneratedSources.IsEmpty, why);
        Assert.Null(result.Results[0].Exception);
    }

    // The standard operations are still declared (code that calls them keeps compiling) but nothing is implemented
    // or registered; the analyzers report why. No error is ever located in generated code.
    [Theory]
    [InlineData("method without HTTP attribute", "System.Threading.Tasks.Task PingAsync();")]
    [InlineData("property", "int Count { get; }")]
    [InlineData("event", "event System.EventHandler Changed;")]
    [InlineData("static abstract", "static abstract int Create();")]
    [InlineData("unsupported return type", "[JumioGen.Get(\"x\")] int Ping();")]
    [InlineData("route placeholder without parameter", "[JumioGen.Get(\"x/{id}\")] System.Threading.Tasks.Task PingAsync();")]
    [InlineData("parameter not in route", "[JumioGen.Get(\"x\")] System.Threading.Tasks.Task PingAsync(string id);")]
    [InlineData("user type without JsonContext", "[JumioGen.Get(\"x\")] System.Threading.Tasks.Task<Model> PingAsync(); public sealed class Model { }")]
    [InlineData("standard operation with another return type", "System.Threading.Tasks.Task GetHealthAsync(System.Threading.CancellationToken cancellationToken);")]
    public void Declarations_it_cannot_implement_get_only_the_standard_declarations(string why, string member)
    {
        var source = "[JumioGen.JumioApi(JumioGen.Region.EU)] public partial interface IJumio { " + member + " }";
        var compilation = GeneratorHarness.Compile(source);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var generated = Assert.Single(driver.GetRunResult().Results[0].GeneratedSources);
        Assert.Null(driver.GetRunResult().Results[0].Exception);
        var text = generated.SourceText.ToString();
        Assert.DoesNotContain("file sealed class", text);
        Assert.DoesNotContain("ModuleInitializer", text);
        Assert.True(member.Contains("GetHealthAsync", StringComparison.Ordinal) != text.Contains("GetHealthAsync", StringComparison.Ordinal), why);
        Assert.Contains("CreateAccountAsync", text);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
    }

    private static string BaselineFolder()
    {
        // Write to the source tree (not bin/) so updated baselines land in the repository.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JumioGen.Generator.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "Baselines");
    }
}
