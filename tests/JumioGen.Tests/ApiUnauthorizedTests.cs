using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JumioGen.Tests;

/// <summary>
/// An API 401 for the access token: drop the token (only if it is still the cached one), replay once when the body
/// can be sent again, let a second 401 surface.
/// </summary>
public sealed class ApiUnauthorizedTests
{
    [Fact]
    public async Task Concurrent_401s_for_the_same_token_cost_one_new_token()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        fixture.Fake.RevokeAccessTokens();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            fixture.Client.GetWorkflowStatusAsync(account.Account!.Id!, account.WorkflowExecution!.Id!)));

        // However many of the 20 were refused (each then replayed once), the refused token was replaced once.
        Assert.Equal(2, fixture.Fake.TokenRequests);
        Assert.InRange(fixture.Fake.CallsTo(FakeRouteNames.Status), 21, 40);
    }

    [Fact]
    public async Task A_second_401_surfaces_as_JumioApiException()
    {
        // Every token FakeJumio hands out is revoked the moment it arrives, so the replay is refused too.
        await using var fixture = await FakeJumioFixture.StartAsync(configureServices: (services, fake) =>
            services.AddHttpClient(JumioServiceCollectionExtensions.TokenHttpClientName)
                .AddHttpMessageHandler(() => new RevokeOnArrival(fake)));

        var error = await Assert.ThrowsAsync<JumioApiException>(() => fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount()));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("POST", error.Method);
        Assert.Equal(2, fixture.Fake.CallsTo(FakeRouteNames.CreateAccount));
        Assert.Equal(2, fixture.Fake.TokenRequests);
    }

    [Fact]
    public async Task A_request_whose_body_cannot_be_replayed_is_not_replayed_but_its_token_is_still_dropped()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        fixture.Fake.RevokeAccessTokens();
        var http = fixture.Provider.GetRequiredService<IHttpClientFactory>().CreateClient("JumioGen:" + typeof(IJumioEu).FullName);
        var connection = new JumioConnection(http, JumioEndpoints.SingleHost(fixture.Fake.BaseAddress), fixture.Time);
        var request = connection.CreateRequest(HttpMethod.Post, JumioHost.Account, "api/v1/accounts");
        request.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("""{"customerInternalReference":"r","workflowDefinition":{"key":10011}}""")));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var error = await Assert.ThrowsAsync<JumioApiException>(() => connection.SendAsync(request, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(2, fixture.Fake.CallsTo(FakeRouteNames.CreateAccount)); // the first call, then this one, once
        Assert.Equal(1, fixture.Fake.TokenRequests);

        // The refused token was dropped all the same: the next call fetches a new one up front, without a 401.
        await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        Assert.Equal(2, fixture.Fake.TokenRequests);
        Assert.Equal(3, fixture.Fake.CallsTo(FakeRouteNames.CreateAccount));
    }

    [Fact]
    public async Task No_token_means_the_api_request_is_never_sent()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        fixture.Fake.FailNextTokenRequests(1, 401);

        await Assert.ThrowsAsync<JumioAuthenticationException>(() => fixture.Client.GetWorkflowStatusAsync("account", "workflow"));

        Assert.Equal(0, fixture.Fake.ApiCalls);
    }

    [Theory]
    [InlineData(null, true)]                                  // Jumio documents its 401s without a challenge
    [InlineData("Bearer error=\"invalid_token\"", true)]
    [InlineData("Basic realm=\"proxy\"", false)]               // someone else's login: a new bearer token would not help
    [InlineData("Basic realm=\"x\", Bearer", true)]
    public void Only_a_401_about_the_bearer_token_counts(string? challenge, bool isTokenChallenge)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Unauthorized);
        if (challenge is not null)
        {
            response.Headers.TryAddWithoutValidation("WWW-Authenticate", challenge);
        }

        Assert.Equal(isTokenChallenge, JumioAuthenticationHandler.IsTokenChallenge(response));
    }

    [Fact]
    public void Only_bodies_held_in_memory_are_replayed()
    {
        Assert.True(JumioAuthenticationHandler.CanReplay(null));
        Assert.True(JumioAuthenticationHandler.CanReplay(JsonContent.Create(new { a = 1 })));
        Assert.True(JumioAuthenticationHandler.CanReplay(new StringContent("{}")));
        Assert.True(JumioAuthenticationHandler.CanReplay(new FormUrlEncodedContent([])));
        Assert.False(JumioAuthenticationHandler.CanReplay(new StreamContent(new MemoryStream())));
        Assert.False(JumioAuthenticationHandler.CanReplay(new MultipartFormDataContent()));
    }

    /// <summary>Revokes every access token as soon as the client has received it.</summary>
    private sealed class RevokeOnArrival(FakeJumio fake) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            fake.RevokeAccessTokens();
            return response;
        }
    }
}
