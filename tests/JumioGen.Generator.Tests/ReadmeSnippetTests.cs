using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.Generator.Tests;

/// <summary>The README's quickstart is copied by newcomers: it must compile as written, generator included.</summary>
public sealed partial class ReadmeSnippetTests
{
    [Fact]
    public void Quickstart_snippets_compile_with_the_generator()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var section = Section(readme, "## Quickstart");
        var snippets = CSharpBlock().Matches(section).Select(m => m.Groups[1].Value).ToArray();
        Assert.True(snippets.Length >= 2, "The quickstart should show the interface and its use.");

        var references = Basic.Reference.Assemblies.Net100.References.All.Concat(
            new[]
            {
                typeof(JumioApiAttribute),
                typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection),
                typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
                typeof(Microsoft.Extensions.DependencyInjection.ServiceProvider),
                typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions),
                typeof(Microsoft.Extensions.Configuration.ConfigurationBuilder),
                typeof(Microsoft.Extensions.Configuration.IConfiguration),
                typeof(Microsoft.Extensions.Configuration.EnvironmentVariablesExtensions),
            }.Select(type => (MetadataReference)MetadataReference.CreateFromFile(type.Assembly.Location)).Distinct());
        var compilation = CSharpCompilation.Create(
            "Quickstart",
            snippets.Select((text, i) => CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: $"Snippet{i}.cs"))
                .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, GeneratorHarness.ParseOptions, path: "ImplicitUsings.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, "README quickstart does not compile:\n" + string.Join("\n", problems.Select(p => p.ToString())));
    }

    [Fact]
    public void Custom_operations_snippet_compiles_with_the_generators()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var snippet = Assert.Single(CSharpBlock().Matches(Section(readme, "## Custom operations"))).Groups[1].Value;

        var (result, _) = GeneratorHarness.Run(ImplicitUsings, snippet);

        Assert.Contains("IJumio.UploadPngAsync(", Assert.Single(result.Results[0].GeneratedSources).SourceText.ToString(), StringComparison.Ordinal);
    }

    // What `dotnet new console` projects get from <ImplicitUsings>enable</ImplicitUsings>.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no '{heading}' section.");
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JumioGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("JumioGen.sln not found.");
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
