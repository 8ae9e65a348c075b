using System.Text.Json;

namespace JumioGen.Packaging.Tests;

/// <summary>
/// Packs every shipped package (JumioGen, JumioGen.Testing, JumioGen.AspNetCore) once, in one MSBuild run over a
/// solution filter, with a version no earlier run used (the global package cache never serves a stale copy).
/// </summary>
public sealed class PackagesFixture : IAsyncLifetime
{
    /// <summary>The packable projects, by package id.</summary>
    public static readonly IReadOnlyDictionary<string, string> Projects = new Dictionary<string, string>
    {
        ["JumioGen"] = "src/JumioGen/JumioGen.csproj",
        ["JumioGen.Testing"] = "src/JumioGen.Testing/JumioGen.Testing.csproj",
        ["JumioGen.AspNetCore"] = "src/JumioGen.AspNetCore/JumioGen.AspNetCore.csproj",
    };

    private readonly string _work = Directory.CreateTempSubdirectory("jumiogen-pack-").FullName;

    public string Feed { get; } = Path.Combine(Path.GetTempPath(), "jumiogen-feed-" + Guid.NewGuid().ToString("N")[..8]);

    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

    /// <summary>
    /// Writes a consumer's nuget.config: the local feed added to the machine's configured source (no &lt;clear/&gt;), so
    /// the consumer restores the packages just packed, as a user restores them from nuget.org.
    /// </summary>
    public void WriteNuGetConfig(string directory) => File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="jumiogen-local" value="{Feed}" />
          </packageSources>
        </configuration>
        """);

    /// <summary>The path of a packed package (<c>.nupkg</c>, or <c>.snupkg</c> for its symbols).</summary>
    public string PackagePath(string id, string extension = ".nupkg") => Path.Combine(Feed, $"{id}.{Version}{extension}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        var root = DotnetCli.RepositoryRoot();

        // One build for all three: JumioGen is built once (both target frameworks) and shared by JumioGen.AspNetCore.
        var filter = Path.Combine(_work, "Packages.slnf");
        await File.WriteAllTextAsync(filter, JsonSerializer.Serialize(new
        {
            solution = new { path = Path.Combine(root, "JumioGen.sln"), projects = Projects.Values.Select(p => p.Replace('/', Path.DirectorySeparatorChar)).ToArray() },
        }));
        await DotnetCli.RunAsync(root, "pack", filter, "-c", "Release", "-p:PackageOutputPath=" + Feed, "-p:Version=" + Version);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Feed, recursive: true);
        Directory.Delete(_work, recursive: true);
        return Task.CompletedTask;
    }
}
