using System.Reflection;
using System.Xml.Linq;
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

    [Fact]
    public void Help_links_name_the_repository_of_Directory_Build_props()
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot(), "Directory.Build.props"));
        var repositoryUrl = props.Descendants().Single(e => e.Name.LocalName == "JumioGenRepositoryUrl").Value;

        Assert.Equal(HelpLinks.RepositoryUrl, repositoryUrl);
        Assert.StartsWith(repositoryUrl + "/", DiagnosticDescriptors.HardCodedClientSecret.HelpLinkUri);
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
