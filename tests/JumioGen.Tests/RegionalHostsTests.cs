namespace JumioGen.Tests;

/// <summary>
/// Each standard operation goes to its own Jumio service (account, api, retrieval, status, auth) of the region's data
/// centre, with the right method, path and credential. Every other end-to-end test uses one host for everything, so only
/// this one would notice an operation sent to the wrong service.
/// </summary>
public sealed class RegionalHostsTests
{
    private const string Account = RecordingJumioHandler.AccountId;
    private const string Workflow = RecordingJumioHandler.WorkflowExecutionId;
    private const string Credential = RecordingJumioHandler.CredentialId;

    [Theory]
    [InlineData(null, "emea-1")] // the interface's [JumioApi(Region.EU)]
    [InlineData(Region.US, "amer-1")]
    [InlineData(Region.SG, "apac-1")]
    public async Task Every_standard_operation_goes_to_its_own_regional_host(Region? region, string dc)
    {
        var jumio = new RecordingJumioHandler(dc);
        var client = JumioClient.Create<IJumioEu>(
            new JumioClientOptions { ClientId = "regional-client", ClientSecret = "regional-secret-not-real", UserAgent = "JumioGen Tests/1.0", Region = region },
            jumio,
            new TestClock());

        var created = await client.CreateAccountAsync(FakeJumioFixture.NewAccount());
        await client.UpdateAccountAsync(Account, FakeJumioFixture.NewAccount());
        var transaction = created.Transactions.Single();
        await client.UploadPartAsync(transaction, "front", new MemoryStream([1]), "image/png");
        await client.FinalizeAsync(transaction);
        await client.GetWorkflowStatusAsync(Account, Workflow);
        await client.GetWorkflowDetailsAsync(Account, Workflow);
        await (await client.GetCredentialImageAsync(Account, Credential, "FRONT")).DisposeAsync();
        await client.DeleteWorkflowExecutionAsync(Account, Workflow);
        await client.DeleteAccountAsync(Account);
        await client.GetHealthAsync();

        var workflow = $"/api/v1/accounts/{Account}/workflow-executions/{Workflow}";
        string[] expected =
        [
            $"POST https://auth.{dc}.jumio.ai/oauth2/token (ClientCredentials)",
            $"POST https://account.{dc}.jumio.ai/api/v1/accounts (AccessToken)",
            $"PUT https://account.{dc}.jumio.ai/api/v1/accounts/{Account} (AccessToken)",
            $"POST https://api.{dc}.jumio.ai{workflow}/credentials/{Credential}/parts/FRONT (TransactionToken)",
            $"PUT https://api.{dc}.jumio.ai{workflow} (TransactionToken)",
            $"GET https://retrieval.{dc}.jumio.ai{workflow}/status (AccessToken)",
            $"GET https://retrieval.{dc}.jumio.ai{workflow} (AccessToken)",
            $"GET https://retrieval.{dc}.jumio.ai/api/v1/accounts/{Account}/credentials/{Credential}/parts/FRONT (AccessToken)",
            $"DELETE https://retrieval.{dc}.jumio.ai{workflow} (AccessToken)",
            $"DELETE https://retrieval.{dc}.jumio.ai/api/v1/accounts/{Account} (AccessToken)",
            $"GET https://status.{dc}.jumio.ai/ (None)",
        ];
        Assert.Equal(expected, jumio.Requests.Select(r => r.ToString()));
    }
}
