using System.Net;

namespace JumioGen.Testing.Tests;

/// <summary>The token endpoint's fault switches, seen from a plain HttpClient.</summary>
public sealed class TokenFaultTests
{
    [Fact]
    public async Task Faults_answer_the_next_requests_in_the_order_they_were_armed_then_the_endpoint_recovers()
    {
        await using var h = await TestHarness.StartAsync();
        h.Fake.FailNextTokenRequests(2, 503);
        h.Fake.RateLimitNextTokenRequests(1, TimeSpan.FromSeconds(6.2));
        Assert.Equal(3, h.Fake.PendingTokenFaults);

        using var first = await h.Http.SendAsync(h.TokenRequest());
        using var second = await h.Http.SendAsync(h.TokenRequest());
        using var third = await h.Http.SendAsync(h.TokenRequest());
        using var fourth = await h.Http.SendAsync(h.TokenRequest());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        using (var problem = await TestHarness.ReadJsonAsync(second))
        {
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), third.Headers.RetryAfter?.Delta); // whole seconds, rounded up
        using (var limited = await TestHarness.ReadJsonAsync(third))
        {
            Assert.Equal("Request limit exceeded", limited.RootElement.GetProperty("detail").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        Assert.Equal(4, h.Fake.TokenRequests);
        Assert.Equal(0, h.Fake.PendingTokenFaults);
    }

    [Theory]
    [InlineData(400, "invalid_request")]
    [InlineData(401, "invalid_client")]
    [InlineData(403, "unauthorized_client")]
    public async Task Refusals_carry_an_OAuth2_error_body(int status, string error)
    {
        await using var h = await TestHarness.StartAsync();
        h.Fake.FailNextTokenRequests(1, status);

        using var response = await h.Http.SendAsync(h.TokenRequest());

        Assert.Equal(status, (int)response.StatusCode);
        using var json = await TestHarness.ReadJsonAsync(response);
        Assert.Equal(error, json.RootElement.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData(200)]
    [InlineData(404)]
    [InlineData(429)]
    public async Task Statuses_other_than_refusals_and_server_errors_are_refused(int status)
    {
        await using var h = await TestHarness.StartAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => h.Fake.FailNextTokenRequests(1, status));
        Assert.Equal(0, h.Fake.PendingTokenFaults);
    }

    [Fact]
    public async Task A_slow_answer_waits_on_the_fake_clock()
    {
        var clock = new TimerWatch(TestHarness.Start);
        await using var h = await TestHarness.StartAsync(o => o.TimeProvider = clock);
        h.Fake.DelayNextTokenResponses(1, TimeSpan.FromSeconds(30));

        var pending = h.Http.SendAsync(h.TokenRequest());
        await clock.Scheduled.Task.WaitAsync(TimeSpan.FromSeconds(10)); // the fake now waits on its clock
        clock.Advance(TimeSpan.FromSeconds(30) - TimeSpan.FromMilliseconds(1));
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Returning_cached_tokens_repeats_the_last_valid_token_with_a_full_expires_in()
    {
        await using var h = await TestHarness.StartAsync();
        var first = await h.GetAccessTokenAsync();
        h.Fake.ReturnCachedAccessTokens();
        h.Time.Advance(TimeSpan.FromMinutes(40));

        using var response = await h.Http.SendAsync(h.TokenRequest());
        using var json = await TestHarness.ReadJsonAsync(response);

        Assert.Equal(first, json.RootElement.GetProperty("access_token").GetString());
        Assert.Equal(3600, json.RootElement.GetProperty("expires_in").GetInt32()); // the lie: only 20 minutes are left
        Assert.Equal(TestHarness.Start.AddHours(1).ToUnixTimeSeconds(), TestHarness.JwtPayload(first).GetProperty("exp").GetInt64());

        h.Fake.RevokeAccessTokens(); // a revoked token is never handed out again
        Assert.NotEqual(first, await h.GetAccessTokenAsync());
    }

    /// <summary>A fake clock that says when the fake starts waiting on it.</summary>
    private sealed class TimerWatch(DateTimeOffset start) : Microsoft.Extensions.Time.Testing.FakeTimeProvider(start)
    {
        public TaskCompletionSource Scheduled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            Scheduled.TrySetResult();
            return timer;
        }
    }
}
