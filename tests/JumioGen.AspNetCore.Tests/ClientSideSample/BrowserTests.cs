using JumioGen.Testing;
using Xunit.Abstractions;

namespace JumioGen.AspNetCore.Tests.ClientSideSample;

/// <summary>The Blazor WebAssembly page of the client-side sample, loaded in headless Chromium from the sample server.</summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Blazor_page_uploads_and_finalizes_in_a_real_browser()
    {
        await using var app = await SampleServer.StartAsync();
        var fake = app.Fake!;
        var page = new Uri(app.Address, "?autostart=true");

        var dom = await HeadlessChromium.RunAsync(page, "--dump-dom");

        Assert.Contains("Upload finished: 3 images uploaded and finalized with transaction tokens only.", dom, StringComparison.Ordinal);
        Assert.Equal(3, fake.CallsTo(FakeRouteNames.UploadPart));
        Assert.Equal(1, fake.CallsTo(FakeRouteNames.Finalize));
        Assert.Equal("Bearer", fake.LastAuthorizationScheme(FakeRouteNames.UploadPart));
        Assert.Equal(1, fake.TokenRequests); // the server's, for creating the account

        // The artefact: what a user sees after a finished upload.
        var screenshot = Path.Combine(ArtifactsDirectory(), "client-side-sample.png");
        File.Delete(screenshot);
        await HeadlessChromium.RunAsync(page, "--window-size=900,700", "--screenshot=" + screenshot);
        output.WriteLine("Screenshot: " + screenshot);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is missing or blank");
        Assert.Equal(6, fake.CallsTo(FakeRouteNames.UploadPart));
    }

    private static string ArtifactsDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JumioGen.sln")))
        {
            directory = directory.Parent;
        }

        var artifacts = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "artifacts", "test-results");
        Directory.CreateDirectory(artifacts);
        return artifacts;
    }
}
