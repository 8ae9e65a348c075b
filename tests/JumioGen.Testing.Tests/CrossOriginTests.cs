using System.Net;

namespace JumioGen.Testing.Tests;

/// <summary>FakeJumioOptions.AllowCrossOriginRequests: browsers' device clients can upload; server-to-server stays CORS-free.</summary>
public sealed class CrossOriginTests
{
    private const string Origin = "http://127.0.0.1:5000";

    [Fact]
    public async Task Preflight_is_answered_and_not_counted_when_cross_origin_requests_are_allowed()
    {
        await using var h = await TestHarness.StartAsync(o => o.AllowCrossOriginRequests = true);

        using var response = await h.Http.SendAsync(Preflight("api/v1/accounts/a/workflow-executions/w/credentials/c/parts/FRONT"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.Ordinal);
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Equal(0, h.Fake.ApiCalls);
    }

    [Fact]
    public async Task Answers_name_the_origin_even_when_they_are_errors()
    {
        await using var h = await TestHarness.StartAsync(o => o.AllowCrossOriginRequests = true);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/accounts/a/workflow-executions/w/status");
        request.Headers.Add("Origin", Origin);

        using var response = await h.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("WWW-Authenticate", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
        Assert.Equal(1, h.Fake.CallsTo(FakeRouteNames.Status));
    }

    [Fact]
    public async Task By_default_no_cross_origin_headers_are_sent()
    {
        await using var h = await TestHarness.StartAsync();

        using var response = await h.Http.SendAsync(Preflight("api/v1/accounts"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.NotEqual(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static HttpRequestMessage Preflight(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }
}
