using Microsoft.AspNetCore.Builder;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JumioGen.Testing;

namespace JumioGen.AspNetCore.Tests;

public sealed class TransactionEndpointTests
{
    [Fact]
    public async Task Authenticated_caller_gets_only_the_transactions()
    {
        await using var server = await TestServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/jumio/transactions") { Headers = { { "X-User", "alice" } } };

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var transactions = JsonSerializer.Deserialize(body, JumioJsonContext.Default.ListJumioTransaction)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal(2, transactions.Count);
        Assert.All(transactions, t => Assert.False(string.IsNullOrEmpty(t.Token)));
        Assert.DoesNotContain(server.Fake.ClientSecret, body);
        Assert.DoesNotContain("access_token", body);
        Assert.Equal("Bearer", server.Fake.LastAuthorizationScheme(FakeRouteNames.CreateAccount));
        Assert.Equal(1, server.Fake.TokenRequests);
    }

    [Fact]
    public async Task Anonymous_caller_gets_401_and_nothing_reaches_jumio()
    {
        await using var server = await TestServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.Address };

        using var response = await http.PostAsync("api/jumio/transactions", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, server.Fake.ApiCalls);
        Assert.Equal(0, server.Fake.TokenRequests);
    }

    [Fact]
    public async Task App_policy_applies_on_top()
    {
        await using var server = await TestServer.StartAsync(endpoint => endpoint.RequireAuthorization("kyc"));
        using var http = new HttpClient { BaseAddress = server.Address };
        using var denied = new HttpRequestMessage(HttpMethod.Post, "api/jumio/transactions") { Headers = { { "X-User", "bob" } } };
        using var allowed = new HttpRequestMessage(HttpMethod.Post, "api/jumio/transactions") { Headers = { { "X-User", "bob" }, { "X-Kyc", "allowed" } } };

        using var deniedResponse = await http.SendAsync(denied);
        using var allowedResponse = await http.SendAsync(allowed);

        Assert.Equal(HttpStatusCode.Forbidden, deniedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowedResponse.StatusCode);
        Assert.Equal(1, server.Fake.CallsTo(FakeRouteNames.CreateAccount));
    }

    [Fact]
    public async Task Request_jumio_would_refuse_is_400_and_not_sent()
    {
        await using var server = await TestServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/jumio/transactions?reference=bad%7Cref") { Headers = { { "X-User", "carol" } } };

        using var response = await http.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync(JumioJsonContext.Default.JumioProblem);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("CustomerInternalReference", problem!.Detail);
        Assert.Equal(0, server.Fake.ApiCalls);
    }

    [Fact]
    public async Task Jumio_failure_is_502_without_jumio_details()
    {
        await using var server = await TestServer.StartAsync();
        server.Fake.InjectFault(FakeRouteNames.CreateAccount, FakeFault.Status(503));
        using var http = new HttpClient { BaseAddress = server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/jumio/transactions") { Headers = { { "X-User", "dave" } } };

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain("Injected fault", body);
    }
}
