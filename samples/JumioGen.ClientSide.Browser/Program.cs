using System.Net.Http.Json;
using JumioGen;
using JumioGen.ClientSide.Browser;
using JumioGen.Samples;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.Extensions.DependencyInjection;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");

// The page is served by the app server (samples/JumioGen.ClientSide.Server); everything else is asked of it.
var appServer = new Uri(builder.HostEnvironment.BaseAddress);
DeviceSettings settings;
using (var http = new HttpClient { BaseAddress = appServer })
{
    settings = await http.GetFromJsonAsync("api/device-settings", DeviceSettingsJsonContext.Default.DeviceSettings)
        ?? throw new InvalidOperationException("The app server sent no device settings.");
}

builder.Services.AddSingleton(new DemoSession(new HttpClient { BaseAddress = appServer }));
// No client id, no secret: the device only ever holds the transaction tokens its server hands out.
builder.Services.AddJumioDeviceClient<IJumioDevice>(options =>
{
    options.TransactionsEndpoint = new Uri(appServer, "api/jumio/transactions");
    options.Region = settings.Region;
    if (settings.FakeJumioAddress is { } fake)
    {
        options.Endpoints = JumioEndpoints.SingleHost(fake);
    }
});

await builder.Build().RunAsync();
