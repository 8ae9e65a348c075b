using System.Net;
using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JumioGen.AspNetCore.Tests;

[JumioApi(Region.EU, Mode = JumioClientMode.Device)]
public partial interface IJumioDevice;

/// <summary>
/// The whole client-side flow on loopback: the device asks the app server for transactions, uploads its images to
/// (Fake)Jumio with the transaction token and finalizes. The server alone holds the secret and the access token.
/// </summary>
public sealed class DeviceFlowTests
{
    [Fact]
    public async Task Device_starts_at_the_server_and_uploads_with_the_transaction_token_only()
    {
        var accessTokensFromServer = new List<string>();
        await using var server = await TestServer.StartAsync(configureClient: b => b.AddHttpMessageHandler(() => new BearerRecorder(accessTokensFromServer)));
        var deviceRequests = new List<(string Path, string? Scheme, string? Token)>();
        var services = new ServiceCollection();
        services.AddJumioDeviceClient<IJumioDevice>(o =>
        {
            o.TransactionsEndpoint = new Uri(server.Address, "api/jumio/transactions");
            o.Endpoints = JumioEndpoints.SingleHost(server.Fake.BaseAddress);
            o.UserAgent = "JumioGen DeviceTests/1.0";
        }).ConfigureHttpClient(http => http.DefaultRequestHeaders.Add("X-User", "erin"));
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new RequestRecorder(deviceRequests)));
        await using var provider = services.BuildServiceProvider();
        var device = provider.GetRequiredService<IJumioDevice>();

        var transactions = await device.StartAsync();
        foreach (var transaction in transactions)
        {
            foreach (var part in transaction.Parts.Keys)
            {
                await device.UploadPartAsync(transaction, part.ToUpperInvariant(), new MemoryStream([0x89, 0x50, 0x4E, 0x47]), "image/png");
            }
        }

        await device.FinalizeAsync(transactions[0]);

        Assert.Equal(3, server.Fake.CallsTo(FakeRouteNames.UploadPart));
        Assert.Equal(1, server.Fake.CallsTo(FakeRouteNames.Finalize));
        Assert.Equal(1, server.Fake.TokenRequests);
        var deviceToJumio = deviceRequests.Where(r => r.Path.StartsWith("/api/v1/", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, deviceToJumio.Count);
        Assert.All(deviceToJumio, r => Assert.Equal("Bearer", r.Scheme));
        Assert.All(deviceToJumio, r => Assert.Contains(r.Token, transactions.Select(t => t.Token)));
        Assert.All(deviceRequests, r => Assert.DoesNotContain(r.Token, accessTokensFromServer));
        Assert.DoesNotContain(deviceRequests, r => r.Path == "/oauth2/token");
    }

    [Fact]
    public async Task Device_that_is_not_signed_in_gets_a_clear_error_and_nothing_reaches_jumio()
    {
        await using var server = await TestServer.StartAsync();
        var device = JumioClient.CreateDevice<IJumioDevice>(
            new JumioDeviceOptions { TransactionsEndpoint = new Uri(server.Address, "api/jumio/transactions"), Endpoints = JumioEndpoints.SingleHost(server.Fake.BaseAddress) },
            new HttpClient());

        var error = await Assert.ThrowsAsync<JumioApiException>(() => device.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(0, server.Fake.ApiCalls);
    }

    [Fact]
    public void Device_client_cannot_be_registered_with_a_secret()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddJumioClient<IJumioDevice>(o =>
        {
            o.ClientId = "id";
            o.ClientSecret = "secret";
            o.UserAgent = "A B/1";
        }));

        Assert.Contains("device client", error.Message);
    }

    [Fact]
    public void Server_client_cannot_be_registered_as_a_device_client()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddJumioDeviceClient<IServerJumio>(o => o.TransactionsEndpoint = new Uri("https://app.example/api/jumio/transactions")));

        Assert.Contains("server client", error.Message);
    }

    [Fact]
    public void Device_options_need_an_https_transactions_endpoint()
    {
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            new ServiceCollection().AddJumioDeviceClient<IJumioDevice>(o => o.TransactionsEndpoint = new Uri("http://app.example/api/jumio/transactions")));

        Assert.Contains("https", error.Message);
    }

    private sealed class RequestRecorder(List<(string Path, string? Scheme, string? Token)> requests) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (requests)
            {
                requests.Add((request.RequestUri!.AbsolutePath, request.Headers.Authorization?.Scheme, request.Headers.Authorization?.Parameter));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
