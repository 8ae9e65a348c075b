using System.Net;

namespace JumioGen.Testing.Tests;

/// <summary>FakeJumio's fault switches: each misbehaves exactly as many times as asked, then the route recovers.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Status_fault_answers_jumio_error_shape_then_route_recovers()
    {
        await using var harness = await TestHarness.StartAsync();
        harness.Fake.InjectFault(FakeRouteNames.Health, FakeFault.Status(503), times: 2);

        using var first = await harness.Http.GetAsync("");
        using var second = await harness.Http.GetAsync("");
        using var third = await harness.Http.GetAsync("");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Contains("\"status\":503", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(3, harness.Fake.CallsTo(FakeRouteNames.Health));
    }

    [Fact]
    public async Task Rate_limit_fault_sends_jumio_429_body_and_retry_after()
    {
        await using var harness = await TestHarness.StartAsync();
        harness.Fake.InjectFault(FakeRouteNames.Health, FakeFault.RateLimited(TimeSpan.FromSeconds(3)));

        using var response = await harness.Http.GetAsync("");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter!.Delta);
        Assert.Equal("""{"title":"Too Many Requests","status":429,"detail":"Request limit exceeded"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("malformed", "application/json")]
    [InlineData("empty", "application/json")]
    [InlineData("html", "text/html")]
    public async Task Body_faults_break_the_body_with_a_200(string kind, string contentType)
    {
        await using var harness = await TestHarness.StartAsync();
        var fault = kind switch { "malformed" => FakeFault.MalformedJson(), "empty" => FakeFault.EmptyBody(), _ => FakeFault.WrongContentType() };
        harness.Fake.InjectFault(FakeRouteNames.Health, fault);

        using var response = await harness.Http.GetAsync("");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(body));
    }

    [Fact]
    public async Task Reset_fault_drops_the_connection()
    {
        await using var harness = await TestHarness.StartAsync();
        harness.Fake.InjectFault(FakeRouteNames.Health, FakeFault.ResetConnection());

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.Http.GetAsync(""));
    }

    [Fact]
    public async Task Delay_fault_answers_only_when_the_fake_clock_moves()
    {
        await using var harness = await TestHarness.StartAsync();
        harness.Fake.InjectFault(FakeRouteNames.Health, FakeFault.Delay(TimeSpan.FromSeconds(30)));

        var pending = harness.Http.GetAsync("");
        await Task.Delay(200);
        Assert.False(pending.IsCompleted);

        harness.Time.Advance(TimeSpan.FromSeconds(30));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Large_body_fault_streams_the_size_asked_for()
    {
        await using var harness = await TestHarness.StartAsync();
        harness.Fake.InjectFault(FakeRouteNames.Health, FakeFault.LargeBody(500, 3 * 1024 * 1024));

        using var response = await harness.Http.GetAsync("");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(3 * 1024 * 1024, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Unknown_route_names_and_non_positive_counts_are_refused()
    {
        await using var harness = await TestHarness.StartAsync();

        Assert.Throws<ArgumentException>(() => harness.Fake.InjectFault("nope", FakeFault.Status(500)));
        Assert.Throws<ArgumentException>(() => harness.Fake.InjectFault(FakeRouteNames.Health, FakeFault.Status(500), times: 0));
    }

    [Fact]
    public async Task Clear_faults_removes_pending_ones()
    {
        await using var harness = await TestHarness.StartAsync();
        harness.Fake.InjectFault(FakeRouteNames.Health, FakeFault.Status(500), times: 5);

        harness.Fake.ClearFaults();
        using var response = await harness.Http.GetAsync("");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
