using JumioGen.ClientSide.Server;
using System.Net.Http.Json;
using JumioGen.Samples;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JumioGen.AspNetCore.Tests.ClientSideSample;

/// <summary>
/// The client-side sample's server (samples/JumioGen.ClientSide.Server) hosted in this process on a free loopback
/// port, always against its in-process FakeJumio: a Jumio__ClientId in the environment must not send a test to Jumio.
/// </summary>
internal static class SampleServer
{
    public static async Task<ClientSideApp> StartAsync(Action<IServiceCollection>? configureServices = null)
    {
        var app = await ClientSideApp.BuildAsync(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Jumio:ClientId"] = "" });
            builder.Logging.ClearProviders();
            configureServices?.Invoke(builder.Services);
        });
        await app.Web.StartAsync();
        return app;
    }

    /// <summary>What the browser app asks first (GET /api/device-settings).</summary>
    public static async Task<DeviceSettings> DeviceSettingsAsync(this ClientSideApp app, HttpClient http) =>
        await http.GetFromJsonAsync(new Uri(app.Address, "api/device-settings"), DeviceSettingsJsonContext.Default.DeviceSettings)
            ?? throw new InvalidOperationException("no device settings");
}
