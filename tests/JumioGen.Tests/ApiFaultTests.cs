using System.Net;
using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JumioGen.Tests;

/// <summary>How the generated client reports each way an API call can go wrong (token faults: see the token tests).</summary>
public sealed class ApiFaultTests
{
    private static async Task<(FakeJumioFixture Fixture, string AccountId, string WorkflowId)> StartWithAccountAsync(Action<IHttpClientBuilder>? client = null)
    {
        var fixture = await FakeJumioFixture.StartAsync(client: client);
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        return (fixture, account.Account!.Id!, account.WorkflowExecution!.Id!);
    }

    [Fact]
    public async Task Rate_limit_is_a_JumioRateLimitedException_with_retry_after_and_jumio_body()
    {
        var (fixture, accountId, workflowId) = await StartWithAccountAsync();
        await using var _ = fixture;
        fixture.Fake.InjectFault(FakeRouteNames.Status, FakeFault.RateLimited(TimeSpan.FromSeconds(2)));

        var error = await Assert.ThrowsAsync<JumioRateLimitedException>(() => fixture.Client.GetWorkflowStatusAsync(accountId, workflowId));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), error.RetryAfter);
        Assert.Equal("Too Many Requests", error.Title);
        Assert.Equal("Request limit exceeded", error.Detail);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(403)]
    public async Task Error_status_is_a_JumioApiException(int status)
    {
        var (fixture, accountId, workflowId) = await StartWithAccountAsync();
        await using var _ = fixture;
        fixture.Fake.InjectFault(FakeRouteNames.Details, FakeFault.Status(status));

        var error = await Assert.ThrowsAsync<JumioApiException>(() => fixture.Client.GetWorkflowDetailsAsync(accountId, workflowId));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Contains($"\"status\":{status}", error.Body);
    }

    [Theory]
    [InlineData("malformed")]
    [InlineData("empty")]
    [InlineData("html")]
    public async Task Unreadable_success_body_is_a_JumioException_naming_the_call(string kind)
    {
        var (fixture, accountId, workflowId) = await StartWithAccountAsync();
        await using var _ = fixture;
        var fault = kind switch { "malformed" => FakeFault.MalformedJson(), "empty" => FakeFault.EmptyBody(), _ => FakeFault.WrongContentType() };
        fixture.Fake.InjectFault(FakeRouteNames.Status, fault);

        var error = await Assert.ThrowsAsync<JumioException>(() => fixture.Client.GetWorkflowStatusAsync(accountId, workflowId));

        Assert.Contains("/status", error.Message);
        Assert.Contains("WorkflowStatus", error.Message);
    }

    [Fact]
    public async Task Huge_error_body_is_bounded_not_buffered()
    {
        var reads = new BodyReadCounter();
        var (fixture, accountId, workflowId) = await StartWithAccountAsync(b => b.AddHttpMessageHandler(reads.CreateHandler));
        await using var _ = fixture;
        var readBefore = reads.BytesRead;
        fixture.Fake.InjectFault(FakeRouteNames.Details, FakeFault.LargeBody(500, 100L * 1024 * 1024));

        var error = await Assert.ThrowsAsync<JumioApiException>(() => fixture.Client.GetWorkflowDetailsAsync(accountId, workflowId));

        Assert.Equal(JumioApiException.MaxBodyLength, error.Body!.Length);
        // The client stopped at the bound (plus one read buffer); one that buffered first would have pulled all 100 MB.
        Assert.InRange(reads.BytesRead - readBefore, JumioApiException.MaxBodyLength, 2L * JumioApiException.MaxBodyLength);
    }

    [Fact]
    public async Task Endless_successful_json_is_stopped_at_the_bound()
    {
        var endless = new EndlessJsonAnswer("/status");
        var (fixture, accountId, workflowId) = await StartWithAccountAsync(b => b.AddHttpMessageHandler(endless.CreateHandler));
        await using var _ = fixture;

        var error = await Assert.ThrowsAsync<JumioException>(() => fixture.Client.GetWorkflowStatusAsync(accountId, workflowId));

        Assert.Contains("more than 16 MB of JSON", error.Message, StringComparison.Ordinal);
        Assert.InRange(endless.BytesServed, 16L * 1024 * 1024, 17L * 1024 * 1024);
    }

    [Fact]
    public async Task Answer_cut_off_after_its_headers_is_a_JumioException()
    {
        var (fixture, accountId, workflowId) = await StartWithAccountAsync(b => b.AddHttpMessageHandler(() => new CutOffJsonAnswer("/status")));
        await using var _ = fixture;

        var error = await Assert.ThrowsAsync<JumioException>(() => fixture.Client.GetWorkflowStatusAsync(accountId, workflowId));

        Assert.Contains("cut off", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }

    [Fact]
    public async Task Reset_connection_surfaces_as_HttpRequestException()
    {
        var (fixture, accountId, workflowId) = await StartWithAccountAsync();
        await using var _ = fixture;
        fixture.Fake.InjectFault(FakeRouteNames.Status, FakeFault.ResetConnection());

        await Assert.ThrowsAsync<HttpRequestException>(() => fixture.Client.GetWorkflowStatusAsync(accountId, workflowId));
    }

    [Fact]
    public async Task Second_401_surfaces_instead_of_looping()
    {
        var (fixture, accountId, workflowId) = await StartWithAccountAsync();
        await using var _ = fixture;
        fixture.Fake.InjectFault(FakeRouteNames.Status, FakeFault.Status(401), times: 2);

        var error = await Assert.ThrowsAsync<JumioApiException>(() => fixture.Client.GetWorkflowStatusAsync(accountId, workflowId));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(2, fixture.Fake.CallsTo(FakeRouteNames.Status));
        Assert.Equal(2, fixture.Fake.TokenRequests);
    }

    [Fact]
    public async Task Unauthorized_upload_is_not_retried_with_an_access_token()
    {
        var fixture = await FakeJumioFixture.StartAsync();
        await using var _ = fixture;
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        fixture.Fake.InjectFault(FakeRouteNames.UploadPart, FakeFault.Status(401));

        var error = await Assert.ThrowsAsync<JumioApiException>(() =>
            fixture.Client.UploadPartAsync(account.Transactions[0], account.Transactions[0].Parts.Keys.First(), new MemoryStream([1]), "image/png"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(1, fixture.Fake.CallsTo(FakeRouteNames.UploadPart));
        Assert.Equal(1, fixture.Fake.TokenRequests);
    }
}
