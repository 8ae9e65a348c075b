using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.Generator.Tests;

/// <summary>The generator does no work again when nothing it depends on changed (Andrew Lock / dotnet/runtime style).</summary>
public sealed class IncrementalTests
{
    private const string Client = """
        using System.Threading;
        using System.Threading.Tasks;
        using JumioGen;
        namespace Acme;

        [JumioApi(Region.EU, JsonContext = typeof(AcmeJson))]
        public partial interface IJumio
        {
            [Get("api/v1/watchlists/{watchlistId}")]
            Task<JumioResponse<Watchlist>> GetWatchlistAsync(string watchlistId, [Query("tag")] string[] tags, [Header("X-Id")] string? id, CancellationToken cancellationToken = default);

            [Post("api/v1/watchlists")]
            Task<Watchlist> CreateWatchlistAsync([Body] Watchlist watchlist, CancellationToken cancellationToken = default);
        }

        public sealed class Watchlist
        {
            public string? Name { get; set; }
        }

        [System.Text.Json.Serialization.JsonSerializable(typeof(Watchlist))]
        internal sealed partial class AcmeJson : System.Text.Json.Serialization.JsonSerializerContext;
        """;

    private const string OtherClient = """
        using System.Threading;
        using System.Threading.Tasks;
        using JumioGen;
        namespace Acme.Other;

        [JumioApi(Region.US, StandardOperations = false)]
        public partial interface IOther
        {
            [Delete("api/v1/accounts/{accountId}")]
            Task ForgetAsync(string accountId, CancellationToken cancellationToken = default);
        }
        """;

    private const string Other = """
        namespace Acme;

        public class Service
        {
            public int Compute() => 1;
        }
        """;

    private static readonly string[] TrackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Second_run_on_a_cloned_compilation_is_all_cached()
    {
        var compilation = GeneratorHarness.Compile(Client, OtherClient, Other);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var first = driver.GetRunResult().Results[0];

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results[0];

        AssertTrackedStepsPresent(second);
        foreach (var name in TrackingNames)
        {
            // Unchanged: the input was recomputed (new compilation object) but produced an equal value.
            Assert.All(second.TrackedSteps[name].SelectMany(step => step.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}"));
            Assert.Equal(Outputs(first, name), Outputs(second, name));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output: {output.Reason}"));
    }

    [Theory]
    [InlineData("another file", null)]
    [InlineData("a method body", "public int Compute() => 2;")]
    [InlineData("a comment", "// a comment\n    public int Compute() => 1;")]
    public void Unrelated_edit_leaves_every_step_cached_or_unchanged(string what, string? replacement)
    {
        var compilation = GeneratorHarness.Compile(Client, OtherClient, Other);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var otherTree = compilation.SyntaxTrees.Last();
        var edited = replacement is null
            ? compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Acme; public class Unrelated { }", GeneratorHarness.ParseOptions))
            : compilation.ReplaceSyntaxTree(otherTree, CSharpSyntaxTree.ParseText(Other.Replace("public int Compute() => 1;", replacement), GeneratorHarness.ParseOptions, otherTree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        AssertTrackedStepsPresent(result);
        foreach (var name in TrackingNames)
        {
            Assert.All(result.TrackedSteps[name].SelectMany(step => step.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} after editing {what}: {output.Reason}"));
        }
    }

    [Fact]
    public void Changing_the_region_modifies_only_that_interface()
    {
        var compilation = GeneratorHarness.Compile(Client, OtherClient);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Client.Replace("Region.EU", "Region.SG", StringComparison.Ordinal), GeneratorHarness.ParseOptions, tree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        Assert.Equal([("IJumio", IncrementalStepRunReason.Modified), ("IOther", IncrementalStepRunReason.Cached)], SpecReasons(result));
    }

    [Fact]
    public void Changing_a_route_modifies_only_that_interface_and_its_output()
    {
        var compilation = GeneratorHarness.Compile(Client, OtherClient, Other);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(
            Client.Replace("api/v1/watchlists/{watchlistId}", "api/v2/watchlists/{watchlistId}", StringComparison.Ordinal), GeneratorHarness.ParseOptions, tree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        Assert.Equal([("IJumio", IncrementalStepRunReason.Modified), ("IOther", IncrementalStepRunReason.Cached)], SpecReasons(result));
        var outputs = result.TrackedOutputSteps.SelectMany(step => step.Value).ToArray();
        Assert.Equal(2, outputs.Length);
        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], outputs.SelectMany(step => step.Outputs).Select(output => output.Reason).Order());
        Assert.Contains("\"api/v2/watchlists/\"", result.GeneratedSources.Single(source => source.HintName == "Acme.IJumio.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_an_operation_in_another_part_of_a_split_interface_regenerates_it()
    {
        const string otherPart = "namespace Acme.Other; public partial interface IOther { }";
        var compilation = GeneratorHarness.Compile(Client, OtherClient, otherPart);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(
            "namespace Acme.Other; public partial interface IOther { [JumioGen.Get(\"x/{id}\")] System.Threading.Tasks.Task<System.IO.Stream> ReadAsync(string id); }",
            GeneratorHarness.ParseOptions, tree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        Assert.Equal([("IJumio", IncrementalStepRunReason.Cached), ("IOther", IncrementalStepRunReason.Modified)], SpecReasons(result));
        Assert.Contains("IOther.ReadAsync(", result.GeneratedSources.Single(source => source.HintName == "Acme.Other.IOther.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_declaration_in_two_compilations_gives_equal_specs()
    {
        var first = Specs(GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile(Client, OtherClient)).GetRunResult().Results[0]);
        var second = Specs(GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile(OtherClient, Other, Client)).GetRunResult().Results[0]);

        Assert.Equal(2, first.Length);
        Assert.Equal(first.OrderBy(s => s.Name), second.OrderBy(s => s.Name));
        Assert.Equal(first.OrderBy(s => s.Name).Select(s => s.GetHashCode()), second.OrderBy(s => s.Name).Select(s => s.GetHashCode()));
    }

    private static (string, IncrementalStepRunReason)[] SpecReasons(GeneratorRunResult result) =>
        result.TrackedSteps[global::JumioGen.Generator.TrackingNames.ValidSpecs].SelectMany(step => step.Outputs)
            .Select(output => (((Model.JumioApiSpec)output.Value).Name, output.Reason)).OrderBy(pair => pair.Name, StringComparer.Ordinal).ToArray();

    private static Model.JumioApiSpec[] Specs(GeneratorRunResult result) =>
        result.TrackedSteps[global::JumioGen.Generator.TrackingNames.ValidSpecs].SelectMany(step => step.Outputs).Select(output => (Model.JumioApiSpec)output.Value).ToArray();

    [Fact]
    public void Step_outputs_hold_no_symbols_syntax_or_compilations()
    {
        var result = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile(Client, OtherClient, Other)).GetRunResult().Results[0];

        AssertTrackedStepsPresent(result);
        Assert.Contains(Specs(result), spec => spec.Operations.Any(operation => operation.DeclaredByUser && operation.Parameters.Any(p => p.Role == Model.ParameterRole.Query)));
        foreach (var name in TrackingNames)
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                AssertNoRoslynObjects(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), name);
            }
        }
    }

    private static void AssertTrackedStepsPresent(GeneratorRunResult result)
    {
        foreach (var name in TrackingNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"Tracked step {name} did not run.");
        }
    }

    private static object?[] Outputs(GeneratorRunResult result, string name) =>
        result.TrackedSteps[name].SelectMany(step => step.Outputs).Select(output => output.Value).ToArray();

    // Walks the object graph: anything Roslyn-owned in a model roots old compilations and breaks caching.
    private static void AssertNoRoslynObjects(object? node, HashSet<object> visited, string step)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !visited.Add(node))
        {
            return;
        }

        Assert.False(node is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel, $"{step} holds a {node.GetType().Name}.");
        if (node is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, visited, step);
            }
        }

        foreach (var field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(node), visited, step);
        }
    }
}
