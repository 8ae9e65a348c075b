using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.Generator.Tests;

/// <summary>The generator does no work again when nothing it depends on changed (Andrew Lock / dotnet/runtime style).</summary>
public sealed class IncrementalTests
{
    private const string Client = """
        using JumioGen;
        namespace Acme;

        [JumioApi(Region.EU)]
        public partial interface IJumio;
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
        var compilation = GeneratorHarness.Compile(Client, Other);
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
        var compilation = GeneratorHarness.Compile(Client, Other);
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
        const string second = """
            using JumioGen;
            namespace Acme;

            [JumioApi(Region.US)]
            public partial interface IOther;
            """;
        var compilation = GeneratorHarness.Compile(Client, second);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Client.Replace("Region.EU", "Region.SG"), GeneratorHarness.ParseOptions, tree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        var reasons = result.TrackedSteps[global::JumioGen.Generator.TrackingNames.ValidSpecs].SelectMany(step => step.Outputs)
            .Select(output => (((Model.JumioApiSpec)output.Value).Name, output.Reason)).ToArray();
        Assert.Contains(("IJumio", IncrementalStepRunReason.Modified), reasons);
        Assert.Contains(("IOther", IncrementalStepRunReason.Cached), reasons);
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_syntax_or_compilations()
    {
        var result = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile(Client, Other)).GetRunResult().Results[0];

        AssertTrackedStepsPresent(result);
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
