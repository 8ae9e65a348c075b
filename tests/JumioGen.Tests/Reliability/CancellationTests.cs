using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JumioGen.Tests.Reliability;

/// <summary>Cancellation ends a call at whichever await it is in, promptly, and never sends a request without a token.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelled_before_the_call_sends_nothing()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount(), new CancellationToken(canceled: true)));

        Assert.Equal(0, fixture.Fake.ApiCalls);
    }

    [Fact]
    public async Task Cancelled_while_waiting_for_the_token_sends_no_api_request()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        fixture.Fake.InjectFault(FakeRouteNames.Token, FakeFault.Delay(TimeSpan.FromMinutes(1)));
        using var cancel = new CancellationTokenSource();

        var call = fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount(), cancel.Token);
        await Eventually.TrueAsync(() => fixture.Fake.TokenRequests == 1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, fixture.Fake.ApiCalls);
    }

    [Fact]
    public async Task Cancelled_while_jumio_is_answering_ends_the_call()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        fixture.Fake.InjectFault(FakeRouteNames.Details, FakeFault.Delay(TimeSpan.FromMinutes(1)));
        using var cancel = new CancellationTokenSource();

        var call = fixture.Client.GetWorkflowDetailsAsync(account.Account!.Id!, account.WorkflowExecution!.Id!, cancel.Token);
        await Eventually.TrueAsync(() => fixture.Fake.CallsTo(FakeRouteNames.Details) == 1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Cancelled_upload_does_not_restart_the_session()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var transaction = account.Transactions[0];
        fixture.Fake.InjectFault(FakeRouteNames.UploadPart, FakeFault.Delay(TimeSpan.FromMinutes(1)));
        using var cancel = new CancellationTokenSource();

        var call = fixture.Client.UploadPartAsync(transaction, transaction.Parts.Keys.First(), new MemoryStream([1]), "image/png", cancel.Token);
        await Eventually.TrueAsync(() => fixture.Fake.CallsTo(FakeRouteNames.UploadPart) == 1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Null(transaction.SessionExpiresAt);
    }

    [Fact]
    public async Task Cancelled_while_the_answer_is_read_ends_the_call()
    {
        var body = new StallingStream("{\"workflowExecution\":{\"id\":\"w"u8.ToArray());
        await using var fixture = await FakeJumioFixture.StartAsync(client: b => b.AddHttpMessageHandler(() => new StallAnswers("/status", body)));
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        using var cancel = new CancellationTokenSource();

        var call = fixture.Client.GetWorkflowStatusAsync(account.Account!.Id!, account.WorkflowExecution!.Id!, cancel.Token);
        await body.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Cancelled_while_the_image_is_sent_ends_the_upload_without_restarting_the_session()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var transaction = account.Transactions[0];
        var image = new StallingStream([0x89, 0x50, 0x4E, 0x47]);
        using var cancel = new CancellationTokenSource();

        var call = fixture.Client.UploadPartAsync(transaction, transaction.Parts.Keys.First(), image, "image/png", cancel.Token);
        await image.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Null(transaction.SessionExpiresAt);
    }

    [Fact]
    public async Task Cancelled_while_the_replay_waits_for_a_new_token_sends_no_replay()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        fixture.Fake.RevokeAccessTokens();
        fixture.Fake.InjectFault(FakeRouteNames.Token, FakeFault.Delay(TimeSpan.FromMinutes(1)));
        using var cancel = new CancellationTokenSource();

        var call = fixture.Client.GetWorkflowStatusAsync(account.Account!.Id!, account.WorkflowExecution!.Id!, cancel.Token);
        await Eventually.TrueAsync(() => fixture.Fake.TokenRequests == 2, "the renewal after the 401");
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, fixture.Fake.CallsTo(FakeRouteNames.Status));
    }

    /// <summary>Lets the request reach FakeJumio, then hands the client a body that stops after its first bytes.</summary>
    private sealed class StallAnswers(string pathSuffix, Stream body) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath.EndsWith(pathSuffix, StringComparison.Ordinal))
            {
                var headers = response.Content.Headers.ToList();
                response.Content.Dispose();
                response.Content = new StreamContent(body);
                foreach (var header in headers.Where(h => h.Key != "Content-Length"))
                {
                    response.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            return response;
        }
    }
}
