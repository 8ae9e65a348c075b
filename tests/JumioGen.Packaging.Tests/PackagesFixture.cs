namespace JumioGen.Packaging.Tests;

/// <summary>Packs JumioGen and JumioGen.Testing once, with a version no earlier run used (the global package cache never serves a stale copy).</summary>
public sealed class PackagesFixture : IAsyncLifetime
{
    public string Feed { get; } = Path.Combine(Path.GetTempPath(), "jumiogen-feed-" + Guid.NewGuid().ToString("N")[..8]);

    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        var root = DotnetCli.RepositoryRoot();
        foreach (var project in new[] { "src/JumioGen/JumioGen.csproj", "src/JumioGen.Testing/JumioGen.Testing.csproj" })
        {
            await DotnetCli.RunAsync(root, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Feed, recursive: true);
        return Task.CompletedTask;
    }
}
