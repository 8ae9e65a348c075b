using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JumioGen.Tests;

/// <summary>The generated client against FakeJumio on real loopback sockets.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Fifty_calls_cost_exactly_one_token_request()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());

        await Task.WhenAll(Enumerable.Range(0, 49).Select(_ =>
            fixture.Client.GetWorkflowStatusAsync(account.Account!.Id!, account.WorkflowExecution!.Id!)));

        Assert.Equal(1, fixture.Fake.TokenRequests);
        Assert.Equal(50, fixture.Fake.ApiCalls);
        Assert.Equal("Bearer", fixture.Fake.LastAuthorizationScheme(FakeRouteNames.Status));
    }

    [Fact]
    public async Task Whole_verification_reaches_a_decision()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var jumio = fixture.Client;

        var account = await jumio.CreateAccountAsync(FakeJumioFixture.NewAccount());
        Assert.NotEmpty(account.Transactions);
        foreach (var transaction in account.Transactions)
        {
            foreach (var part in transaction.Parts.Keys)
            {
                await jumio.UploadPartAsync(transaction, part, new MemoryStream([0x89, 0x50, 0x4E, 0x47]), "image/png");
            }
        }

        await jumio.FinalizeAsync(account.Transactions[0]);
        var status = await jumio.GetWorkflowStatusAsync(account.Account!.Id!, account.WorkflowExecution!.Id!);
        var details = await jumio.GetWorkflowDetailsAsync(account.Account.Id!, account.WorkflowExecution.Id!);

        Assert.Equal(WorkflowExecutionStatuses.Processed, status.WorkflowExecution!.Status);
        Assert.Equal(DecisionTypes.Passed, details.Decision!.Type);
        Assert.Equal("Bearer", fixture.Fake.LastAuthorizationScheme(FakeRouteNames.UploadPart));
        Assert.Equal(1, fixture.Fake.TokenRequests);

        await jumio.DeleteAccountAsync(account.Account.Id!);
        var gone = await Assert.ThrowsAsync<JumioApiException>(() => jumio.GetWorkflowStatusAsync(account.Account.Id!, account.WorkflowExecution.Id!));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("GET", gone.Method);
    }

    [Fact]
    public async Task Token_is_reused_until_the_refresh_window_then_renewed_in_the_background()
    {
        await using var fixture = await FakeJumioFixture.StartAsync(o => o.RefreshBeforeExpiry = TimeSpan.FromMinutes(5));
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var (accountId, workflowId) = (account.Account!.Id!, account.WorkflowExecution!.Id!);

        fixture.Time.Advance(TimeSpan.FromMinutes(54));
        await fixture.Client.GetWorkflowStatusAsync(accountId, workflowId);
        Assert.Equal(1, fixture.Fake.TokenRequests);

        // Inside the refresh window (this instance renews at most halfway into it, 57.5 min) the call uses the
        // still-valid token while one renewal runs.
        fixture.Time.Advance(TimeSpan.FromMinutes(4));
        await fixture.Client.GetWorkflowStatusAsync(accountId, workflowId);
        await fixture.Tokens.WhenIdleAsync();
        Assert.Equal(2, fixture.Fake.TokenRequests);

        // The renewed token is then used without asking again.
        await fixture.Client.GetWorkflowStatusAsync(accountId, workflowId);
        Assert.Equal(2, fixture.Fake.TokenRequests);
    }

    [Fact]
    public async Task Expired_token_is_replaced_before_the_call()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount("1d"));

        fixture.Time.Advance(TimeSpan.FromMinutes(61));
        await fixture.Client.GetWorkflowStatusAsync(account.Account!.Id!, account.WorkflowExecution!.Id!);

        Assert.Equal(2, fixture.Fake.TokenRequests);
    }

    [Fact]
    public async Task Revoked_token_is_dropped_and_the_call_replayed_once()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());

        fixture.Fake.RevokeAccessTokens();
        var status = await fixture.Client.GetWorkflowStatusAsync(account.Account!.Id!, account.WorkflowExecution!.Id!);

        Assert.NotNull(status.WorkflowExecution);
        Assert.Equal(2, fixture.Fake.TokenRequests);
        Assert.Equal(2, fixture.Fake.CallsTo(FakeRouteNames.Status));
    }

    [Fact]
    public async Task Refused_credentials_raise_JumioAuthenticationException_and_send_nothing_else()
    {
        await using var fixture = await FakeJumioFixture.StartAsync(o => o.ClientSecret = "wrong-secret-value");

        var error = await Assert.ThrowsAsync<JumioAuthenticationException>(() => fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount()));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("invalid_client", error.Error);
        Assert.DoesNotContain("wrong-secret-value", error.ToString());
        Assert.Equal(0, fixture.Fake.CallsTo(FakeRouteNames.CreateAccount));
    }

    [Fact]
    public async Task Unreachable_token_endpoint_is_retried_then_a_clear_JumioException()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var clock = new TestClock();
        var client = JumioClient.Create<IJumioEu>(new JumioClientOptions
        {
            ClientId = "client",
            ClientSecret = "secret-value",
            UserAgent = "JumioGen Tests/1.0",
            Endpoints = JumioEndpoints.SingleHost(new Uri($"http://127.0.0.1:{closedPort}/")),
        }, timeProvider: clock);

        var call = client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        await clock.PumpUntilAsync(call.ContinueWith(_ => { }), due => due < TokenRetryPolicy.AttemptTimeout);
        var error = await Assert.ThrowsAsync<JumioException>(() => call);

        Assert.Contains("Could not reach Jumio's token endpoint", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.DoesNotContain("secret-value", error.ToString());
    }

    [Fact]
    public async Task Expired_transaction_is_refused_before_sending()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount("10m"));
        var transaction = account.Transactions[0];

        fixture.Time.Advance(TimeSpan.FromMinutes(11));

        await Assert.ThrowsAsync<JumioTransactionExpiredException>(() =>
            fixture.Client.UploadPartAsync(transaction, "FRONT", new MemoryStream([1, 2, 3]), "image/png"));
        Assert.Equal(0, fixture.Fake.CallsTo(FakeRouteNames.UploadPart));
    }

    [Fact]
    public async Task Session_that_ran_out_on_one_credential_refuses_the_next_credential_before_sending()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount("1h"));
        var (id, selfie) = (account.Transactions[0], account.Transactions[1]);
        await fixture.Client.UploadPartAsync(id, "FRONT", new MemoryStream([0x89, 0x50, 0x4E, 0x47]), "image/png");

        fixture.Time.Advance(TimeSpan.FromMinutes(16));

        // The workflow's session (started by the ID upload) is over: Jumio would refuse the selfie, so it is not sent.
        await Assert.ThrowsAsync<JumioTransactionExpiredException>(() =>
            fixture.Client.UploadPartAsync(selfie, "FACE", new MemoryStream([0x89, 0x50, 0x4E, 0x47]), "image/png"));
        Assert.Equal(1, fixture.Fake.CallsTo(FakeRouteNames.UploadPart));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public async Task Dot_segment_ids_are_refused_so_a_delete_cannot_reach_another_resource(string id)
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var calls = fixture.Fake.ApiCalls;

        // Unrefused, ".." would resolve DELETE accounts/{a}/workflow-executions/.. to DELETE accounts/{a}/: the whole account.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.DeleteWorkflowExecutionAsync(account.Account!.Id!, id));

        Assert.Equal("workflowExecutionId", error.ParamName);
        Assert.Equal(calls, fixture.Fake.ApiCalls);
        Assert.Equal(0, fixture.Fake.CallsTo(FakeRouteNames.DeleteAccount));
    }

    [Fact]
    public async Task Wrong_image_type_is_refused_before_sending()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            fixture.Client.UploadPartAsync(account.Transactions[0], "FRONT", new MemoryStream([1, 2, 3]), "image/gif"));

        Assert.Contains("JPEG or PNG", error.Message);
        Assert.Equal(0, fixture.Fake.CallsTo(FakeRouteNames.UploadPart));
    }

    [Fact]
    public async Task Client_without_dependency_injection_works()
    {
        await using var fake = await FakeJumio.StartAsync();
        var client = JumioClient.Create<IJumioUs>(new JumioClientOptions
        {
            ClientId = fake.ClientId,
            ClientSecret = fake.ClientSecret,
            UserAgent = "JumioGen Tests/1.0",
            Endpoints = JumioEndpoints.SingleHost(fake.BaseAddress),
        });

        var health = await client.GetHealthAsync();
        var account = await client.CreateAccountAsync(FakeJumioFixture.NewAccount());

        Assert.Equal("UP", health.Status);
        Assert.NotNull(account.Account?.Id);
        Assert.Equal(1, fake.TokenRequests);
    }

    [Fact]
    public async Task Empty_path_values_are_refused()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.GetWorkflowStatusAsync("", "wf"));
        Assert.Equal(0, fixture.Fake.ApiCalls);
    }

    [Fact]
    public async Task Every_standard_operation_reaches_its_route_with_the_right_token()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var jumio = fixture.Client;
        var created = await jumio.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var accountId = created.Account!.Id!;

        var updated = await jumio.UpdateAccountAsync(accountId, FakeJumioFixture.NewAccount());
        var transaction = updated.Transactions.First(t => t.Parts.ContainsKey("front"));
        var upload = await jumio.UploadPartAsync(transaction, "FRONT", new MemoryStream([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]), "image/png");
        var finalized = await jumio.FinalizeAsync(transaction);
        var image = await jumio.GetCredentialImageAsync(accountId, transaction.CredentialId, "FRONT");
        using var copy = new MemoryStream();
        await image.CopyToAsync(copy);
        await image.DisposeAsync();
        await jumio.DeleteWorkflowExecutionAsync(accountId, created.WorkflowExecution!.Id!);
        var health = await jumio.GetHealthAsync();

        Assert.Equal(updated.WorkflowExecution!.Id, finalized.WorkflowExecution!.Id);
        Assert.NotNull(upload.Part?.Id);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 1, 2, 3], copy.ToArray());
        Assert.Equal("UP", health.Status);
        Assert.NotNull(transaction.SessionExpiresAt);
        Assert.Equal("Bearer", fixture.Fake.LastAuthorizationScheme(FakeRouteNames.UpdateAccount));
        Assert.Equal("Bearer", fixture.Fake.LastAuthorizationScheme(FakeRouteNames.Finalize));
        Assert.Null(fixture.Fake.LastAuthorizationScheme(FakeRouteNames.Health));
        foreach (var route in new[] { FakeRouteNames.UpdateAccount, FakeRouteNames.UploadPart, FakeRouteNames.Finalize, FakeRouteNames.Image, FakeRouteNames.DeleteWorkflow, FakeRouteNames.Health })
        {
            Assert.Equal(1, fixture.Fake.CallsTo(route));
        }

        Assert.Equal(1, fixture.Fake.TokenRequests);
    }

    [Fact]
    public async Task Jumio_error_keeps_status_title_detail_headers_and_body()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();

        var error = await Assert.ThrowsAsync<JumioApiException>(() => fixture.Client.UpdateAccountAsync("no-such-account", FakeJumioFixture.NewAccount()));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("PUT", error.Method);
        Assert.Equal("/api/v1/accounts/no-such-account", error.Path);
        Assert.False(string.IsNullOrEmpty(error.Title));
        Assert.False(string.IsNullOrEmpty(error.Detail));
        Assert.Contains(error.Title!, error.Body);
        Assert.Contains("Content-Type", error.Headers.Keys);
        Assert.Contains("404", error.Message);
    }

    [Fact]
    public async Task Transaction_token_never_goes_to_an_access_token_route_and_access_token_never_to_upload()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var transaction = account.Transactions[0];

        // FakeJumio answers 401 when an upload carries the access token; passing means the transaction token was used.
        await fixture.Client.UploadPartAsync(transaction, transaction.Parts.Keys.First(), new MemoryStream([1]), "image/jpeg");

        Assert.Equal(1, fixture.Fake.TokenRequests);
        Assert.Equal(1, fixture.Fake.CallsTo(FakeRouteNames.UploadPart));
    }
}
