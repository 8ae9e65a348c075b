using System.Reflection;
using JumioGen.Analyzers;
using Microsoft.CodeAnalysis;

namespace JumioGen.Analyzers.Tests;

public sealed class DescriptorTests
{
    public static TheoryData<string> Descriptors() =>
    [
        .. typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => f.Name),
    ];

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_rule_links_to_its_own_documentation_page_which_exists(string fieldName)
    {
        var descriptor = (DiagnosticDescriptor)typeof(DiagnosticDescriptors).GetField(fieldName)!.GetValue(null)!;

        Assert.Equal(HelpLinks.RepositoryUrl + "/blob/main/docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "docs", "diagnostics", descriptor.Id + ".md")), descriptor.Id + " has no documentation page");
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_rule_is_listed_in_the_README_and_the_release_tracking_file(string fieldName)
    {
        var descriptor = (DiagnosticDescriptor)typeof(DiagnosticDescriptors).GetField(fieldName)!.GetValue(null)!;
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var releases = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "JumioGen.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "JumioGen.Analyzers", "AnalyzerReleases.Shipped.md"));

        Assert.Contains($"[{descriptor.Id}](docs/diagnostics/{descriptor.Id}.md)", readme);
        Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JumioGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("JumioGen.sln not found");
    }
}
