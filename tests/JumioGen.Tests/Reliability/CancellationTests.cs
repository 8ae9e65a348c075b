using JumioGen.Testing;

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
}
