using System.Xml.Linq;
using JumioGen.Testing;

namespace JumioGen.Packaging.Tests;

/// <summary>
/// samples/JumioGen.AotSmoke (a standard and a custom operation, the app's own JSON type) built from the packed
/// JumioGen package with PublishAot (which trims) under AnalysisLevel latest-all, warning level 9999 and warnings as
/// errors: the publish must show no trimming, AOT, analyzer or compiler warning, and the native app must work
/// against FakeJumio.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class AotPublishTests(PackagesFixture packages)
{
    [Fact]
    public async Task Native_AOT_publish_of_a_generated_client_has_no_warnings_and_runs()
    {
        var app = Directory.CreateTempSubdirectory("jumiogen-aot-").FullName;
        try
        {
            WriteConsumer(app);

            var publish = await DotnetCli.RunAsync(app, "publish", "-c", "Release", "-r", "linux-x64", "-o", "out");

            Assert.Contains("Generating native code", publish, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"warning (?!NU1603)[A-Z]{2,}\d+", publish);
            await using var fake = await FakeJumio.StartAsync();
            var output = await DotnetCli.RunProgramAsync(Path.Combine(app, "out", "JumioGen.AotSmoke"), app, new Dictionary<string, string>
            {
                ["JUMIO_SMOKE_BASE_ADDRESS"] = fake.BaseAddress.ToString(),
                ["JUMIO_SMOKE_CLIENT_ID"] = fake.ClientId,
                ["JUMIO_SMOKE_CLIENT_SECRET"] = fake.ClientSecret,
            });

            Assert.Matches(@"transactions=[1-9]\d* status=INITIATED ok=True", output);
            Assert.Equal(1, fake.TokenRequests);
            Assert.Equal(2, fake.ApiCalls);
        }
        finally
        {
            Directory.Delete(app, recursive: true);
        }
    }

    // The sample's sources and settings, with the packed JumioGen instead of project references, outside the
    // repository (so none of its Directory.Build.props applies: the consumer states its own strictness).
    private void WriteConsumer(string directory)
    {
        var sample = Path.Combine(DotnetCli.RepositoryRoot(), "samples", "JumioGen.AotSmoke");
        foreach (var source in Directory.GetFiles(sample, "*.cs"))
        {
            File.Copy(source, Path.Combine(directory, Path.GetFileName(source)));
        }

        var project = XDocument.Load(Path.Combine(sample, "JumioGen.AotSmoke.csproj"));
        project.Descendants("ProjectReference").Remove();
        var properties = project.Root!.Element("PropertyGroup")!;
        properties.Add(new XElement("Nullable", "enable"), new XElement("TreatWarningsAsErrors", "true"), new XElement("WarningsNotAsErrors", "NU1603"));
        project.Root.Add(new XElement("ItemGroup", new XElement("PackageReference", new XAttribute("Include", "JumioGen"), new XAttribute("Version", packages.Version))));
        project.Save(Path.Combine(directory, "JumioGen.AotSmoke.csproj"));
        packages.WriteNuGetConfig(directory);
    }
}
