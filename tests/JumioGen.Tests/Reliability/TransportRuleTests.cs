namespace JumioGen.Tests.Reliability;

/// <summary>Tokens only travel over https to Jumio, or to a host the client was configured with.</summary>
public sealed class TransportRuleTests
{
    private static readonly JumioEndpoints Eu = JumioEndpoints.ForRegion(Region.EU);
    private static readonly JumioEndpoints Fake = JumioEndpoints.SingleHost(new Uri("http://127.0.0.1:5123/"));

    [Theory]
    [InlineData("https://api.emea-1.jumio.ai/api/v1/accounts/a/workflow-executions/w/credentials/c/parts/FRONT")]
    [InlineData("https://api.amer-1.jumio.ai/api/v1/accounts/a/workflow-executions/w")]
    public void Https_jumio_urls_are_allowed(string url)
    {
        JumioTransport.EnsureTransactionUrlAllowed(new Uri(url), Eu);
    }

    [Theory]
    [InlineData("http://api.emea-1.jumio.ai/parts/FRONT")]
    [InlineData("https://api.emea-1.jumio.ai.evil.example/parts/FRONT")]
    [InlineData("https://evil.example/parts/FRONT")]
    [InlineData("http://127.0.0.1:5123/parts/FRONT")]
    public void Other_urls_are_refused_for_regional_endpoints(string url)
    {
        var error = Assert.Throws<InvalidOperationException>(() => JumioTransport.EnsureTransactionUrlAllowed(new Uri(url), Eu));

        Assert.Contains("transaction token", error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5123/api/v1/accounts/a/workflow-executions/w", true)]
    [InlineData("http://127.0.0.1:6000/api/v1/accounts/a/workflow-executions/w", false)]
    [InlineData("http://localhost:5123/api/v1/accounts/a/workflow-executions/w", false)]
    public void Single_host_allows_only_its_own_host(string url, bool allowed)
    {
        var uri = new Uri(url);

        if (allowed)
        {
            JumioTransport.EnsureTransactionUrlAllowed(uri, Fake);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => JumioTransport.EnsureTransactionUrlAllowed(uri, Fake));
        }
    }

    [Fact]
    public async Task A_tampered_transaction_url_is_refused_before_sending()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var real = account.Transactions[0];
        var tampered = new JumioTransaction(real.AccountId, real.WorkflowExecutionId, real.CredentialId, real.Category, real.Token,
            new Dictionary<string, Uri> { ["front"] = new("https://collector.example/steal") }, new Uri("https://collector.example/finalize"), real.TokenExpiresAt);

        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Client.UploadPartAsync(tampered, "FRONT", new MemoryStream([1]), "image/png"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Client.FinalizeAsync(tampered));
        Assert.Equal(0, fixture.Fake.CallsTo(JumioGen.Testing.FakeRouteNames.UploadPart));
    }
}
