using System.Net;
using System.Net.Http.Headers;

namespace JumioGen.Testing.Tests;

public sealed class TokenEndpointTests
{
    [Fact]
    public async Task Issues_a_bearer_jwt_whose_exp_is_the_access_token_lifetime()
    {
        await using var h = await TestHarness.StartAsync();

        using var response = await h.Http.SendAsync(h.TokenRequest());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = await TestHarness.ReadJsonAsync(response);
        Assert.Equal("Bearer", json.RootElement.GetProperty("token_type").GetString());
        Assert.Equal(3600, json.RootElement.GetProperty("expires_in").GetInt32());
        var payload = TestHarness.JwtPayload(json.RootElement.GetProperty("access_token").GetString()!);
        Assert.Equal(h.Fake.ClientId, payload.GetProperty("sub").GetString());
        Assert.Equal(TestHarness.Start.ToUnixTimeSeconds(), payload.GetProperty("iat").GetInt64());
        Assert.Equal(TestHarness.Start.AddHours(1).ToUnixTimeSeconds(), payload.GetProperty("exp").GetInt64());
        Assert.False(string.IsNullOrEmpty(payload.GetProperty("jti").GetString()));
        Assert.False(string.IsNullOrEmpty(payload.GetProperty("iss").GetString()));
    }

    [Fact]
    public async Task Each_request_gets_a_distinct_token_and_the_lifetime_is_configurable()
    {
        await using var h = await TestHarness.StartAsync(o => o.AccessTokenLifetime = TimeSpan.FromMinutes(10));

        var first = await h.GetAccessTokenAsync();
        var second = await h.GetAccessTokenAsync();

        Assert.NotEqual(first, second);
        Assert.Equal(TestHarness.Start.AddMinutes(10).ToUnixTimeSeconds(), TestHarness.JwtPayload(first).GetProperty("exp").GetInt64());
    }

    [Theory]
    [InlineData("fake-client-id", "wrong-secret")]
    [InlineData("wrong-id", "fake-client-secret")]
    public async Task Wrong_client_credentials_get_401_invalid_client_without_echoing_the_secret(string id, string secret)
    {
        await using var h = await TestHarness.StartAsync();

        using var response = await h.Http.SendAsync(h.TokenRequest(id, secret));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        using var json = await TestHarness.ReadJsonAsync(response);
        Assert.Equal("invalid_client", json.RootElement.GetProperty("error").GetString());
        Assert.True(json.RootElement.TryGetProperty("error_description", out _));
    }

    [Fact]
    public async Task Missing_basic_credentials_get_401_invalid_client()
    {
        await using var h = await TestHarness.StartAsync();
        using var request = h.TokenRequest();
        request.Headers.Authorization = null;

        using var response = await h.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = await TestHarness.ReadJsonAsync(response);
        Assert.Equal("invalid_client", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Wrong_grant_type_gets_400_unsupported_grant_type()
    {
        await using var h = await TestHarness.StartAsync();

        using var response = await h.Http.SendAsync(h.TokenRequest(grantType: "password"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = await TestHarness.ReadJsonAsync(response);
        Assert.Equal("unsupported_grant_type", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Missing_user_agent_gets_403_on_the_token_endpoint_and_on_api_routes()
    {
        await using var h = await TestHarness.StartAsync();
        using var bare = new HttpClient { BaseAddress = h.Fake.BaseAddress };
        var token = await h.GetAccessTokenAsync();

        using var tokenResponse = await bare.SendAsync(h.TokenRequest());
        using var statusRequest = new HttpRequestMessage(HttpMethod.Get, "api/v1/accounts/a/workflow-executions/w/status");
        statusRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var statusResponse = await bare.SendAsync(statusRequest);

        foreach (var response in new[] { tokenResponse, statusResponse })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            using var json = await TestHarness.ReadJsonAsync(response);
            Assert.Equal("Forbidden", json.RootElement.GetProperty("title").GetString());
            Assert.Equal(403, json.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("User-Agent header is required", json.RootElement.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task The_eleventh_request_within_one_second_gets_429_until_the_clock_moves_on()
    {
        await using var h = await TestHarness.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            using var ok = await h.Http.SendAsync(h.TokenRequest());
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await h.Http.SendAsync(h.TokenRequest());

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), limited.Headers.RetryAfter?.Delta);
        Assert.Equal("application/json", limited.Content.Headers.ContentType?.MediaType);
        using (var json = await TestHarness.ReadJsonAsync(limited))
        {
            Assert.Equal("Too Many Requests", json.RootElement.GetProperty("title").GetString());
            Assert.Equal(429, json.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("Request limit exceeded", json.RootElement.GetProperty("detail").GetString());
        }

        h.Time.Advance(TimeSpan.FromSeconds(1));
        using var again = await h.Http.SendAsync(h.TokenRequest());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(12, h.Fake.TokenRequests);
    }

    [Fact]
    public async Task The_window_slides_rather_than_resetting_on_second_boundaries()
    {
        await using var h = await TestHarness.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            using var ok = await h.Http.SendAsync(h.TokenRequest());
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            h.Time.Advance(TimeSpan.FromMilliseconds(50));
        }

        // 500 ms after the first request all ten are still inside the window.
        using var limited = await h.Http.SendAsync(h.TokenRequest());
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);

        // Once the first has left the window, exactly one more fits.
        h.Time.Advance(TimeSpan.FromMilliseconds(500));
        using var one = await h.Http.SendAsync(h.TokenRequest());
        using var two = await h.Http.SendAsync(h.TokenRequest());
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, two.StatusCode);
    }
}
