using Microsoft.CodeAnalysis;

namespace JumioGen.Generator.Tests;

/// <summary>The shared declaration rules (ApiReader / OperationReader) on their own, without emitting.</summary>
public sealed class ReaderTests
{
    [Theory]
    [InlineData(Scenarios.CustomOperations)]
    [InlineData(Scenarios.StandardRedeclaredAndReplaced)]
    public void Valid_scenarios_have_no_problems(string source)
    {
        var (spec, problems) = Read(source);

        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => $"{p.Kind} {p.Target.Name}: {p.Detail}")));
        Assert.NotNull(spec);
        Assert.True(spec.IsImplemented);
    }

    internal static (Model.JumioApiSpec? Spec, List<DeclarationProblem> Problems) Read(string source, string? interfaceName = null)
    {
        var compilation = GeneratorHarness.Compile(source);
        var attribute = compilation.GetTypeByMetadataName("JumioGen.JumioApiAttribute")!;
        var symbol = compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InterfaceDeclarationSyntax>()
                .Select(node => (INamedTypeSymbol)compilation.GetSemanticModel(tree).GetDeclaredSymbol(node)!))
            .First(type => (interfaceName is null || type.Name == interfaceName)
                && type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)));
        var problems = new List<DeclarationProblem>();
        var spec = ApiReader.Read(symbol, symbol.GetAttributes().First(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)), compilation, problems, default);
        return (spec, problems);
    }
}
