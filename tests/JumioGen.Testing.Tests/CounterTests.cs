using System.Net;
using System.Net.Http.Headers;

namespace JumioGen.Testing.Tests;

public sealed class CounterTests
{
    [Fact]
    public async Task Counters_count_every_matched_request_including_rejected_ones()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync(); // 1 token + 1 createAccount
        using (await h.Http.SendAsync(h.TokenRequest(secret: "wrong"))) { }     // rejected token request
        using (await h.SendAsync(HttpMethod.Get, created.StatusPath, created.AccessToken)) { }
        using (await h.SendAsync(HttpMethod.Get, created.StatusPath, "bogus")) { } // rejected status call
        using (await h.Http.GetAsync(string.Empty)) { }                              // health
        using (await h.SendAsync(HttpMethod.Get, "no/such/route", null)) { }       // unmatched: only ApiCalls

        Assert.Equal(2, h.Fake.TokenRequests);
        Assert.Equal(2, h.Fake.CallsTo("token"));
        Assert.Equal(1, h.Fake.CallsTo("createAccount"));
        Assert.Equal(2, h.Fake.CallsTo("status"));
        Assert.Equal(1, h.Fake.CallsTo("health"));
        Assert.Equal(0, h.Fake.CallsTo("details"));
        Assert.Equal(5, h.Fake.ApiCalls);
        Assert.Throws<ArgumentException>(() => h.Fake.CallsTo("Status?"));
    }

    [Fact]
    public async Task LastAuthorizationScheme_reports_the_scheme_only()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();

        Assert.Equal("Basic", h.Fake.LastAuthorizationScheme("token"));
        Assert.Equal("Bearer", h.Fake.LastAuthorizationScheme("createAccount"));
        Assert.Null(h.Fake.LastAuthorizationScheme("details"));

        // The deprecated Basic auth against a REST API is refused, and visible to tests.
        using var request = new HttpRequestMessage(HttpMethod.Get, created.StatusPath)
        {
            Headers = { Authorization = TestHarness.Basic(h.Fake.ClientId, h.Fake.ClientSecret) },
        };
        using var response = await h.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", h.Fake.LastAuthorizationScheme("status"));

        using var noAuth = await h.SendAsync(HttpMethod.Get, created.StatusPath, null);
        Assert.Null(h.Fake.LastAuthorizationScheme("status"));

        using var bare = new HttpRequestMessage(HttpMethod.Get, created.StatusPath);
        bare.Headers.TryAddWithoutValidation("Authorization", "my-secret-value");
        using var bareResponse = await h.Http.SendAsync(bare);
        Assert.Equal("Other", h.Fake.LastAuthorizationScheme("status"));
    }

    [Fact]
    public async Task A_thousand_concurrent_calls_are_all_served_and_counted()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47 };

        // Mixed reads and writes on shared state: status and details reads, updates (new workflows), uploads.
        var calls = Enumerable.Range(0, 1000).Select(async i =>
        {
            using var response = (i % 4) switch
            {
                0 => await h.SendAsync(HttpMethod.Get, created.StatusPath, created.AccessToken),
                1 => await h.SendAsync(HttpMethod.Get, created.DetailsPath, created.AccessToken),
                2 => await h.SendAsync(
                    HttpMethod.Put, $"api/v1/accounts/{created.AccountId}", created.AccessToken,
                    TestHarness.Json($$$"""{"customerInternalReference":"ref-{{{i}}}","workflowDefinition":{"key":1}}""")),
                _ => await h.UploadAsync(created.PartUrl("ID", i % 8 == 3 ? "front" : "back"), created.TransactionToken, png, "image/png"),
            };
            return response.StatusCode;
        });

        var statuses = await Task.WhenAll(calls);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(250, h.Fake.CallsTo("status"));
        Assert.Equal(250, h.Fake.CallsTo("details"));
        Assert.Equal(250, h.Fake.CallsTo("updateAccount"));
        Assert.Equal(250, h.Fake.CallsTo("uploadPart"));
        Assert.Equal(1001, h.Fake.ApiCalls);
        Assert.Equal(1, h.Fake.TokenRequests);
    }

    [Fact]
    public async Task Dispose_releases_the_port_and_can_be_called_twice()
    {
        var h = await TestHarness.StartAsync();
        var address = h.Fake.BaseAddress;
        await h.DisposeAsync();
        await h.Fake.DisposeAsync();

        using var client = new HttpClient { BaseAddress = address };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(string.Empty));
    }

    [Fact]
    public async Task Invalid_options_are_refused_at_start()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => FakeJumio.StartAsync(new FakeJumioOptions { ClientSecret = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => FakeJumio.StartAsync(new FakeJumioOptions { ProcessingTime = TimeSpan.FromSeconds(-1) }));
        await Assert.ThrowsAsync<ArgumentException>(() => FakeJumio.StartAsync(new FakeJumioOptions { AccessTokenLifetime = TimeSpan.Zero }));
    }

    [Fact]
    public async Task Custom_client_credentials_are_the_ones_accepted()
    {
        await using var h = await TestHarness.StartAsync(o =>
        {
            o.ClientId = "my-id";
            o.ClientSecret = "s3cr:et+/=";
        });

        Assert.Equal("my-id", h.Fake.ClientId);
        Assert.Equal("s3cr:et+/=", h.Fake.ClientSecret);
        using var ok = await h.Http.SendAsync(h.TokenRequest());
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var defaults = await h.Http.SendAsync(h.TokenRequest("fake-client-id", "fake-client-secret"));
        Assert.Equal(HttpStatusCode.Unauthorized, defaults.StatusCode);
    }
}
