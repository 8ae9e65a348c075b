using System.Diagnostics;

namespace JumioGen.AspNetCore.Tests.ClientSideSample;

/// <summary>
/// Debian's Chromium, headless, for loading the Blazor sample page. .ci/run installs it; elsewhere the browser tests
/// are skipped with the reason when it is missing (with CI=true they fail instead).
/// </summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string? ExecutablePath =>
        new[] { Environment.GetEnvironmentVariable("JUMIOGEN_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads <paramref name="url"/> and returns what Chromium printed (the DOM for <c>--dump-dom</c>).</summary>
    public static async Task<string> RunAsync(Uri url, params string[] arguments)
    {
        var executable = ExecutablePath ?? throw new InvalidOperationException("CI=true but Chromium is not installed: .ci/run must apt-get install chromium.");
        var profile = Directory.CreateTempSubdirectory("jumiogen-chromium-");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // No sandbox (root in CI), and none of Chromium's own calls home: this machine's network is closed.
        foreach (var flag in (string[])[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.FullName,
            // Virtual time runs until the page is idle (WebAssembly loaded, the verification done), within this budget.
            "--virtual-time-budget=60000"])
        {
            start.ArgumentList.Add(flag);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(url.AbsoluteUri);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish within {Timeout}: {await errors}");
            }

            return await output;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

/// <summary>A fact that needs Chromium: skipped, with the reason, only outside CI when Chromium is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!HeadlessChromium.InCi && HeadlessChromium.ExecutablePath is null)
        {
            Skip = "Chromium is not installed (apt-get install chromium, or set JUMIOGEN_CHROMIUM); with CI=true this test fails instead.";
        }
    }
}
