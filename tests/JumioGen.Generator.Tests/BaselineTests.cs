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
    public void Generated_code_matches_baseline(string scenario, string source)
    {
        var (result, _) = GeneratorHarness.Run(source);

        var generated = Assert.Single(Assert.Single(result.Results).GeneratedSources);
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
    [InlineData("generic", "[JumioGen.JumioApi(JumioGen.Region.EU)] public partial interface IJumio<T> { }")]
    [InlineData("custom members not supported yet", "[JumioGen.JumioApi(JumioGen.Region.EU)] public partial interface IJumio { System.Threading.Tasks.Task PingAsync(); }")]
    [InlineData("inherits an interface", "[JumioGen.JumioApi(JumioGen.Region.EU)] public partial interface IJumio : System.IDisposable { }")]
    [InlineData("containing class not partial", "public class Outer { [JumioGen.JumioApi(JumioGen.Region.EU)] public partial interface IJumio { } }")]
    [InlineData("private nested", "public partial class Outer { [JumioGen.JumioApi(JumioGen.Region.EU)] private partial interface IJumio { } }")]
    public void Declarations_it_cannot_implement_get_no_output(string why, string source)
    {
        var driver = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile(source));

        var result = driver.GetRunResult();
        Assert.True(result.Results[0].GeneratedSources.IsEmpty, why);
        Assert.Null(result.Results[0].Exception);
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
