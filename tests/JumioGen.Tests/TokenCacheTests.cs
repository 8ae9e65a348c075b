using System.Net;
using JumioGen.Testing;

namespace JumioGen.Tests;

/// <summary>
/// The access-token cache against a real FakeJumio, time driven by <see cref="TestClock"/>: cache key, expiry,
/// RefreshBeforeExpiry, single-flight, stale-while-revalidate and dropping a rejected token.
/// </summary>
public sealed class TokenCacheTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task Ten_thousand_concurrent_first_calls_make_exactly_one_token_request()
    {
        await using var h = await TokenHarness.StartAsync();
        h.Traffic.Hold(); // the one request waits at the gate until every caller has joined

        var calls = new Task<AccessToken>[10_000];
        Parallel.For(0, calls.Length, i => calls[i] = h.GetAsync());
        await h.Traffic.WaitUntilHeldAsync(1);
        Assert.All(calls, call => Assert.False(call.IsCompleted));
        h.Traffic.Release();
        var tokens = await Task.WhenAll(calls);

        Assert.Equal(1, h.Fake.TokenRequests);
        Assert.Single(tokens.Distinct());
        Assert.Equal(10_000, h.Metrics.Sum("jumiogen.token.cache.misses"));
        Assert.Equal(1, h.Metrics.Sum("jumiogen.token.requests"));
    }

    [Fact]
    public async Task A_failed_acquisition_fails_every_waiter_with_the_same_error_and_the_next_call_tries_again()
    {
        await using var h = await TokenHarness.StartAsync();
        h.Fake.FailNextTokenRequests(1, 403);
        h.Traffic.Hold();

        var calls = Enumerable.Range(0, 1_000).Select(_ => h.GetAsync()).ToArray();
        await h.Traffic.WaitUntilHeldAsync(1);
        h.Traffic.Release();
        var errors = await Task.WhenAll(calls.Select(call => Assert.ThrowsAsync<JumioAuthenticationException>(() => call)));

        var first = errors[0];
        Assert.All(errors, error => Assert.Same(first, error));
        Assert.Equal(HttpStatusCode.Forbidden, first.StatusCode);
        Assert.Equal(1, h.Fake.TokenRequests);

        var token = await h.GetAsync();
        Assert.Equal(2, h.Fake.TokenRequests);
        Assert.Same(token, await h.GetAsync());
    }

    [Fact]
    public async Task The_cache_key_is_the_effective_credential_so_a_rotated_secret_never_gets_the_old_token()
    {
        await using var h = await TokenHarness.StartAsync();
        var original = await h.GetAsync();

        // Same token URL and client id, new secret (which FakeJumio does not know): it must go to the endpoint
        // with the new secret rather than be served the token cached for the old one.
        var rotated = h.CredentialWith(secret: "rotated-secret-4711");
        var refused = await Assert.ThrowsAsync<JumioAuthenticationException>(() => h.Cache.GetAsync(rotated, default).AsTask());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(2, h.Fake.TokenRequests);

        // Another token URL (the same server under another name) is another credential too.
        var otherUrl = h.CredentialWith(tokenEndpoint: new Uri($"http://localhost:{h.Fake.BaseAddress.Port}/oauth2/token"));
        Assert.NotSame(original, await h.Cache.GetAsync(otherUrl, default));
        Assert.Equal(3, h.Fake.TokenRequests);

        // An equal credential built again is the same key: no request.
        Assert.Same(original, await h.Cache.GetAsync(h.CredentialWith(), default));
        Assert.Equal(3, h.Fake.TokenRequests);

        Assert.NotEqual(h.Credential.CacheKey, rotated.CacheKey);
        Assert.NotEqual(h.Credential.StoreKey.Id, rotated.StoreKey.Id);
        foreach (var text in new[] { h.Credential.CacheKey, h.Credential.StoreKey.Id, h.Credential.ToString(), rotated.StoreKey.ToString() })
        {
            Assert.DoesNotContain(h.Fake.ClientSecret, text);
            Assert.DoesNotContain("rotated-secret-4711", text);
        }

        Assert.DoesNotContain(h.Fake.ClientId, h.Credential.StoreKey.Id);
    }

    [Fact]
    public async Task Expiry_is_the_jwt_exp_when_Jumio_hands_back_its_own_cached_token()
    {
        await using var h = await TokenHarness.StartAsync();
        h.Fake.ReturnCachedAccessTokens();
        var first = await h.GetAsync();
        Assert.Equal(TestClock.Epoch + Hour, first.ExpiresAt);

        // 40 minutes later another instance asks: Jumio answers with the same token and expires_in 3600 again.
        h.Clock.Advance(TimeSpan.FromMinutes(40));
        var second = await h.NewCache(jitter: 0).GetAsync(h.Credential, default);

        Assert.Equal(first.Value, second.Value);
        Assert.Equal(2, h.Fake.TokenRequests);
        Assert.Equal(TestClock.Epoch + Hour, second.ExpiresAt); // not 12:40 + 1 h
        Assert.Equal(TestClock.Epoch + TimeSpan.FromMinutes(55), second.RefreshAt);
    }

    [Fact]
    public async Task RefreshBeforeExpiry_decides_when_the_renewal_starts()
    {
        await using var h = await TokenHarness.StartAsync(jitter: 0, refreshBeforeExpiry: TimeSpan.FromMinutes(20));
        var first = await h.GetAsync();

        h.Clock.Advance(TimeSpan.FromMinutes(40) - TimeSpan.FromSeconds(1));
        Assert.Same(first, await h.GetAsync());
        await h.Cache.WhenIdleAsync();
        Assert.Equal(1, h.Fake.TokenRequests);

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Same(first, await h.GetAsync()); // still valid: handed out while the renewal runs
        await h.Cache.WhenIdleAsync();
        Assert.Equal(2, h.Fake.TokenRequests);
        Assert.NotSame(first, await h.GetAsync());
    }

    [Fact]
    public async Task An_instance_renews_at_its_own_point_in_the_first_half_of_the_window()
    {
        await using var h = await TokenHarness.StartAsync(jitter: 0.5);
        var token = await h.GetAsync();

        // Window 12:55-13:00; jitter 0.5 places this instance a quarter of the way in.
        Assert.Equal(TestClock.Epoch + TimeSpan.FromMinutes(55), token.RefreshAt);
        Assert.Equal(TestClock.Epoch + TimeSpan.FromMinutes(56.25), token.RefreshPoint);

        h.Clock.Advance(TimeSpan.FromMinutes(56.25) - TimeSpan.FromMilliseconds(1));
        await h.GetAsync();
        await h.Cache.WhenIdleAsync();
        Assert.Equal(1, h.Fake.TokenRequests);

        h.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await h.GetAsync();
        await h.Cache.WhenIdleAsync();
        Assert.Equal(2, h.Fake.TokenRequests);
    }

    [Fact]
    public async Task Inside_the_refresh_window_callers_keep_the_valid_token_while_one_background_refresh_runs()
    {
        await using var h = await TokenHarness.StartAsync(jitter: 0);
        var old = await h.GetAsync();
        h.Fake.DelayNextTokenResponses(1, TimeSpan.FromSeconds(3));

        h.Clock.Advance(TimeSpan.FromMinutes(55));
        var calls = Enumerable.Range(0, 500).Select(_ => h.Cache.GetAsync(h.Credential, default)).ToArray();

        // Every caller got the old token at once; the one renewal is stuck in the slow endpoint.
        Assert.All(calls, call => Assert.True(call.IsCompletedSuccessfully));
        Assert.All(calls, call => Assert.Same(old, call.Result));
        await h.Clock.NextTimerAsync(due => due == TimeSpan.FromSeconds(3));
        Assert.Equal(2, h.Fake.TokenRequests);

        h.Clock.Advance(TimeSpan.FromSeconds(3));
        await h.Cache.WhenIdleAsync();
        var renewed = await h.GetAsync();
        Assert.NotEqual(old.Value, renewed.Value);
        Assert.Equal(2, h.Fake.TokenRequests);
        Assert.Equal(1, h.Metrics.Sum("jumiogen.token.cache.misses")); // only the very first call waited
    }

    [Fact]
    public async Task A_failed_background_refresh_is_logged_and_retried_and_never_thrown_while_the_token_is_valid()
    {
        await using var h = await TokenHarness.StartAsync(jitter: 0);
        var old = await h.GetAsync();
        h.Fake.FailNextTokenRequests(TokenRetryPolicy.MaxAttempts, 503);
        h.Clock.Advance(TimeSpan.FromMinutes(55));

        Assert.Same(old, await h.GetAsync());
        for (var retry = 1; retry < TokenRetryPolicy.MaxAttempts; retry++)
        {
            h.Clock.Advance(await h.Clock.NextWaitAsync());
            Assert.Same(old, await h.GetAsync()); // never the error while the old token is valid
        }

        await h.Cache.WhenIdleAsync();
        Assert.Equal(1 + TokenRetryPolicy.MaxAttempts, h.Fake.TokenRequests);
        var failure = Assert.Single(h.Logs.Events("BackgroundRefreshFailed"));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, failure.Level);
        Assert.Contains("503", failure.Message);
        Assert.Equal(1, h.Metrics.Sum("jumiogen.token.refresh.failures", "jumio.token.refresh", "background"));

        // The next call starts another renewal, which first waits out the backoff, then succeeds.
        Assert.Same(old, await h.GetAsync());
        h.Clock.Advance(await h.Clock.NextWaitAsync());
        await h.Cache.WhenIdleAsync();
        var renewed = await h.GetAsync();
        Assert.NotEqual(old.Value, renewed.Value);
        Assert.Equal(2 + TokenRetryPolicy.MaxAttempts, h.Fake.TokenRequests);
    }

    [Fact]
    public async Task An_expired_token_is_never_handed_out()
    {
        await using var h = await TokenHarness.StartAsync();
        var old = await h.GetAsync();

        h.Clock.Advance(Hour);
        var call = h.GetAsync();

        Assert.NotSame(old, await call);
        Assert.Equal(2, h.Fake.TokenRequests);
        Assert.Equal(2, h.Metrics.Sum("jumiogen.token.cache.misses"));
    }

    [Fact]
    public async Task A_rejected_token_is_dropped_only_while_it_is_still_the_cached_one()
    {
        await using var h = await TokenHarness.StartAsync();
        var rejected = await h.GetAsync();

        Assert.True(h.Cache.Invalidate(h.Credential, rejected));
        var renewed = await h.GetAsync();
        Assert.NotEqual(rejected.Value, renewed.Value); // the store still held the rejected one: not believed

        // A late 401 for the old token (a request that was already in flight) keeps the new one.
        Assert.False(h.Cache.Invalidate(h.Credential, rejected));
        Assert.Same(renewed, await h.GetAsync());
        Assert.Equal(2, h.Fake.TokenRequests);
    }

    [Fact]
    public async Task Options_RefreshBeforeExpiry_reaches_the_generated_client()
    {
        await using var fixture = await FakeJumioFixture.StartAsync(o => o.RefreshBeforeExpiry = TimeSpan.FromMinutes(20));
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var (accountId, workflowId) = (account.Account!.Id!, account.WorkflowExecution!.Id!);

        // The window opens at 12:40 and this instance renews somewhere before 12:50.
        fixture.Time.Advance(TimeSpan.FromMinutes(40) - TimeSpan.FromSeconds(1));
        await fixture.Client.GetWorkflowStatusAsync(accountId, workflowId);
        await fixture.Tokens.WhenIdleAsync();
        Assert.Equal(1, fixture.Fake.TokenRequests);

        fixture.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        await fixture.Client.GetWorkflowStatusAsync(accountId, workflowId);
        await fixture.Tokens.WhenIdleAsync();
        Assert.Equal(2, fixture.Fake.TokenRequests);
    }
}
