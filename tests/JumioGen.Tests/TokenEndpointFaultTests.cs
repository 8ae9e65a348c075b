using System.Net;
using JumioGen.Testing;

namespace JumioGen.Tests;

/// <summary>
/// How token requests behave when the token endpoint misbehaves (FakeJumio's fault switches), with every wait
/// observed and passed on the <see cref="TestClock"/>: bounded retries, Retry-After, refusals, timeouts, the
/// 10-per-second limit.
/// </summary>
public sealed class TokenEndpointFaultTests
{
    [Fact]
    public async Task Server_errors_are_retried_with_growing_jittered_backoff()
    {
        await using var h = await TokenHarness.StartAsync();
        h.Fake.FailNextTokenRequests(2, 503);

        var call = h.GetAsync();
        var first = await h.Clock.NextWaitAsync();
        Assert.InRange(first, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500));
        h.Clock.Advance(first);
        var second = await h.Clock.NextWaitAsync();
        Assert.InRange(second, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        h.Clock.Advance(second);

        await call;
        Assert.Equal(3, h.Fake.TokenRequests);
        Assert.Equal(2, h.Logs.Events("TokenRequestRetry").Count());
        Assert.Equal(2, h.Metrics.Sum("jumiogen.token.requests", "jumio.token.outcome", "503"));
        Assert.Equal(1, h.Metrics.Sum("jumiogen.token.requests", "jumio.token.outcome", "success"));
    }

    [Fact]
    public async Task Server_errors_beyond_the_attempt_budget_fail_the_call_and_the_api_request_is_not_sent()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        fixture.Fake.FailNextTokenRequests(10, 500);

        var call = fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        for (var retry = 1; retry < TokenRetryPolicy.MaxAttempts; retry++)
        {
            fixture.Time.Advance(await fixture.Time.NextWaitAsync());
        }

        var error = await Assert.ThrowsAsync<JumioApiException>(() => call);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("/oauth2/token", error.Path);
        Assert.Equal(TokenRetryPolicy.MaxAttempts, fixture.Fake.TokenRequests);
        Assert.Equal(0, fixture.Fake.CallsTo(FakeRouteNames.CreateAccount));
    }

    [Theory]
    [InlineData(400, "invalid_request")]
    [InlineData(401, "invalid_client")]
    [InlineData(403, "unauthorized_client")]
    public async Task Refused_credentials_are_a_JumioAuthenticationException_and_never_retried(int status, string error)
    {
        await using var h = await TokenHarness.StartAsync();
        h.Fake.FailNextTokenRequests(1, status);

        var refused = await Assert.ThrowsAsync<JumioAuthenticationException>(() => h.GetAsync());

        Assert.Equal(status, (int)refused.StatusCode);
        Assert.Equal(error, refused.Error);
        Assert.Equal("Refused by a FakeJumio fault.", refused.ErrorDescription);
        Assert.Equal(1, h.Fake.TokenRequests);
        Assert.Empty(h.Logs.Events("TokenRequestRetry"));

        // Not retried means not by the renewal; the next call asks again, at once.
        await h.GetAsync();
        Assert.Equal(2, h.Fake.TokenRequests);
    }

    [Fact]
    public async Task A_slow_token_endpoint_times_out_and_is_retried()
    {
        await using var h = await TokenHarness.StartAsync();
        var slow = TimeSpan.FromSeconds(47);
        h.Fake.DelayNextTokenResponses(1, slow);

        var call = h.GetAsync();
        await h.Clock.NextTimerAsync(due => due == slow); // FakeJumio holds the request
        h.Clock.Advance(TokenRetryPolicy.AttemptTimeout); // our deadline passes first
        h.Clock.Advance(await h.Clock.NextWaitAsync(slow));

        await call;
        Assert.Equal(2, h.Fake.TokenRequests);
        Assert.Contains("timeout", Assert.Single(h.Logs.Events("TokenRequestRetry")).Message);
    }

    [Fact]
    public async Task A_429_is_retried_no_sooner_than_Retry_After()
    {
        await using var h = await TokenHarness.StartAsync();
        h.Fake.RateLimitNextTokenRequests(1, TimeSpan.FromSeconds(7));

        var call = h.GetAsync();
        var wait = await h.Clock.NextWaitAsync();
        Assert.InRange(wait, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7) + TokenRetryPolicy.BaseDelay / 2);

        h.Clock.Advance(wait - TimeSpan.FromMilliseconds(1));
        Assert.False(call.IsCompleted);
        Assert.Equal(1, h.Fake.TokenRequests);
        h.Clock.Advance(TimeSpan.FromMilliseconds(1));

        await call;
        Assert.Equal(2, h.Fake.TokenRequests);
    }

    [Fact]
    public async Task Waiting_out_Retry_After_is_bounded_by_the_callers_cancellation()
    {
        await using var h = await TokenHarness.StartAsync();
        h.Fake.RateLimitNextTokenRequests(1, TimeSpan.FromMinutes(10));
        using var deadline = new CancellationTokenSource();

        var impatient = h.GetAsync(deadline.Token);
        var wait = await h.Clock.NextWaitAsync();
        Assert.True(wait >= TimeSpan.FromMinutes(10));
        deadline.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);

        // Jumio's Retry-After still stands for everyone: a new caller waits for the same renewal, no new request.
        var patient = h.GetAsync();
        Assert.False(patient.IsCompleted);
        Assert.Equal(1, h.Fake.TokenRequests);

        h.Clock.Advance(wait);
        await patient;
        Assert.Equal(2, h.Fake.TokenRequests);
    }

    [Fact]
    public async Task Token_requests_never_exceed_ten_per_second_per_credential()
    {
        await using var h = await TokenHarness.StartAsync();
        const int Renewals = 25;

        // Force a renewal after every call, as a storm of 401s would.
        var storm = Task.Run(async () =>
        {
            for (var i = 0; i < Renewals; i++)
            {
                h.Cache.Invalidate(h.Credential, await h.GetAsync());
            }
        });
        await h.Clock.PumpUntilAsync(storm, due => due <= TokenRequestRateLimiter.Window);

        var sent = h.Traffic.Exchanges.Select(e => e.SentAt).Order().ToArray();
        Assert.Equal(Renewals, sent.Length);
        Assert.All(h.Traffic.Exchanges, e => Assert.Equal(HttpStatusCode.OK, e.Status)); // FakeJumio never had to say 429
        for (var i = TokenRequestRateLimiter.PermitLimit; i < sent.Length; i++)
        {
            Assert.True(sent[i] - sent[i - TokenRequestRateLimiter.PermitLimit] >= TimeSpan.FromSeconds(1), $"request {i} came too soon");
        }

        Assert.Equal(TimeSpan.FromSeconds(2), sent[^1] - sent[0]);
        Assert.NotEmpty(h.Logs.Events("TokenRequestWait"));
    }

    [Fact]
    public async Task The_rate_limiter_frees_each_permit_exactly_one_second_after_it_was_granted()
    {
        var clock = new TestClock();
        using var limiter = new TokenRequestRateLimiter(clock);

        for (var i = 0; i < TokenRequestRateLimiter.PermitLimit; i++)
        {
            using var granted = limiter.AttemptAcquire();
            Assert.True(granted.IsAcquired);
            clock.Advance(TimeSpan.FromMilliseconds(50));
        }

        using (var refused = limiter.AttemptAcquire())
        {
            Assert.False(refused.IsAcquired);
            Assert.True(refused.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var retryAfter));
            Assert.Equal(TimeSpan.FromMilliseconds(500), retryAfter); // first grant at 0 ms, now 500 ms
        }

        clock.Advance(TimeSpan.FromMilliseconds(499));
        using (var stillRefused = limiter.AttemptAcquire())
        {
            Assert.False(stillRefused.IsAcquired);
        }

        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var freed = limiter.AttemptAcquire();
        Assert.True(freed.IsAcquired);
        Assert.Equal(0, limiter.GetStatistics()!.CurrentAvailablePermits);
    }
}
