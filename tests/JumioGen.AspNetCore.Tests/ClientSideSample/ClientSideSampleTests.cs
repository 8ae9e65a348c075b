using System.Net;
using JumioGen.ClientSide.Server;
using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JumioGen.AspNetCore.Tests.ClientSideSample;

/// <summary>
/// The client-side sample end to end on loopback: its server (with FakeJumio) and a device client driven from the
/// test, the way the Blazor page drives it. The secret and the access token stay on the server.
/// </summary>
public sealed class ClientSideSampleTests
{
    [Fact]
    public async Task Device_signs_in_starts_uploads_and_finalizes_with_transaction_tokens_only()
    {
        var serverBearers = new List<string>();
        await using var app = await SampleServer.StartAsync(services =>
            // As the primary handler: innermost, so it sees the Authorization header JumioGen adds.
            services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => new BearerRecorder(serverBearers) { InnerHandler = new SocketsHttpHandler() })));
        var fake = app.Fake!;
        var traffic = new DeviceTraffic();
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new CookieHandler(cookies, traffic)) { BaseAddress = app.Address };
        var settings = await app.DeviceSettingsAsync(browser);

        var services = new ServiceCollection();
        services.AddJumioDeviceClient<IJumioDevice>(o =>
        {
            o.TransactionsEndpoint = new Uri(app.Address, ClientSideApp.TransactionsPath.TrimStart('/'));
            o.Region = settings.Region;
            o.Endpoints = JumioEndpoints.SingleHost(settings.FakeJumioAddress!);
            o.UserAgent = "JumioGen SampleTests/1.0";
        }).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { CookieContainer = cookies });
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(traffic.CreateHandler));
        await using var provider = services.BuildServiceProvider();
        var device = provider.GetRequiredService<IJumioDevice>();

        (await browser.PostAsync("api/demo/sign-in", null)).EnsureSuccessStatusCode();
        var transactions = await device.StartAsync();
        foreach (var transaction in transactions)
        {
            foreach (var part in transaction.Parts.Keys)
            {
                await device.UploadPartAsync(transaction, part.ToUpperInvariant(), new MemoryStream([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]), "image/png");
            }
        }

        await device.FinalizeAsync(transactions[0]);

        Assert.Equal(settings.FakeJumioAddress, fake.BaseAddress);
        Assert.Equal(3, fake.CallsTo(FakeRouteNames.UploadPart));
        Assert.Equal(1, fake.CallsTo(FakeRouteNames.Finalize));
        Assert.Equal(1, fake.TokenRequests);
        Assert.NotEmpty(serverBearers);
        var toJumio = traffic.Exchanges.Where(e => e.Uri.Authority == fake.BaseAddress.Authority).ToList();
        Assert.Equal(4, toJumio.Count);
        Assert.All(toJumio, e => Assert.Equal("Bearer", e.Authorization?.Scheme));
        Assert.All(toJumio, e => Assert.Contains(e.Authorization!.Parameter, transactions.Select(t => t.Token)));
        Assert.DoesNotContain(traffic.Exchanges, e => e.Uri.AbsolutePath == "/oauth2/token");
        foreach (var exchange in traffic.Exchanges)
        {
            // Nothing the device sent or was sent carries the client secret, Basic credentials or an access token.
            Assert.DoesNotContain(fake.ClientSecret, exchange.Sent + exchange.Received, StringComparison.Ordinal);
            Assert.DoesNotContain("Basic ", exchange.Sent + exchange.Received, StringComparison.Ordinal);
            Assert.All(serverBearers, token => Assert.DoesNotContain(token, exchange.Sent + exchange.Received, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Transactions_are_only_for_signed_in_users()
    {
        await using var app = await SampleServer.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = app.Address };

        using var response = await anonymous.PostAsync(ClientSideApp.TransactionsPath.TrimStart('/'), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, app.Fake!.ApiCalls);
        Assert.Equal(0, app.Fake.TokenRequests);
    }

    [Fact]
    public async Task Server_serves_the_browser_app()
    {
        await using var app = await SampleServer.StartAsync();
        using var http = new HttpClient { BaseAddress = app.Address };

        var page = await http.GetStringAsync("/");
        using var script = await http.GetAsync("_framework/blazor.webassembly.js");

        Assert.Contains("<div id=\"app\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    /// <summary>The test's "browser": keeps the sign-in cookie and records what it exchanges with the app server.</summary>
    private sealed class CookieHandler : DelegatingHandler
    {
        public CookieHandler(CookieContainer cookies, DeviceTraffic traffic)
        {
            var recorder = traffic.CreateHandler();
            recorder.InnerHandler = new SocketsHttpHandler { CookieContainer = cookies };
            InnerHandler = recorder;
        }
    }
}
