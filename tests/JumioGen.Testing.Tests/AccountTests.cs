using System.Net;
using System.Text.Json;

namespace JumioGen.Testing.Tests;

public sealed class AccountTests
{
    [Fact]
    public async Task Create_account_returns_jumios_shape_with_transaction_urls_on_the_base_address()
    {
        await using var h = await TestHarness.StartAsync();

        var created = await h.CreateAccountAsync();

        var root = created.Root;
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("timestamp").GetString(), out _));
        Assert.True(Guid.TryParse(created.AccountId, out _));
        Assert.True(Guid.TryParse(created.WorkflowId, out _));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("sdk").GetProperty("token").GetString()));
        Assert.StartsWith(h.Fake.BaseAddress.AbsoluteUri, root.GetProperty("web").GetProperty("href").GetString(), StringComparison.Ordinal);

        var credentials = root.GetProperty("workflowExecution").GetProperty("credentials").EnumerateArray().ToArray();
        Assert.Equal(["ID", "SELFIE"], credentials.Select(c => c.GetProperty("category").GetString()));
        var prefix = $"{h.Fake.BaseAddress.AbsoluteUri}api/v1/accounts/{created.AccountId}/workflow-executions/{created.WorkflowId}";
        foreach (var credential in credentials)
        {
            var id = credential.GetProperty("id").GetString()!;
            Assert.True(Guid.TryParse(id, out _));
            Assert.Equal(["WEB", "API", "SDK"], credential.GetProperty("allowedChannels").EnumerateArray().Select(c => c.GetString()));
            var api = credential.GetProperty("api");
            Assert.Equal(prefix, api.GetProperty("workflowExecution").GetString());
            foreach (var part in api.GetProperty("parts").EnumerateObject())
            {
                Assert.Equal($"{prefix}/credentials/{id}/parts/{part.Name.ToUpperInvariant()}", part.Value.GetString());
            }
        }

        Assert.Equal(["front", "back"], created.Credential("ID").GetProperty("api").GetProperty("parts").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["face"], created.Credential("SELFIE").GetProperty("api").GetProperty("parts").EnumerateObject().Select(p => p.Name));

        // The transaction token is a JWT that expires after the default 30 minutes.
        var payload = TestHarness.JwtPayload(created.TransactionToken);
        Assert.Equal(TestHarness.Start.AddMinutes(30).ToUnixTimeSeconds(), payload.GetProperty("exp").GetInt64());
        Assert.NotEqual(created.AccessToken, created.TransactionToken);
    }

    [Fact]
    public async Task Listed_credential_categories_and_token_lifetime_shape_the_workflow()
    {
        await using var h = await TestHarness.StartAsync();

        var created = await h.CreateAccountAsync("""
            {"customerInternalReference":"ref-2","userReference":"user-9","tokenLifetime":"2h",
             "workflowDefinition":{"key":10164,"credentials":[{"category":"DOCUMENT"},{"category":"FACEMAP"}]}}
            """);

        Assert.Equal(["front"], created.Credential("DOCUMENT").GetProperty("api").GetProperty("parts").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["face"], created.Credential("FACEMAP").GetProperty("api").GetProperty("parts").EnumerateObject().Select(p => p.Name));
        var token = created.Credential("DOCUMENT").GetProperty("api").GetProperty("token").GetString()!;
        Assert.Equal(TestHarness.Start.AddHours(2).ToUnixTimeSeconds(), TestHarness.JwtPayload(token).GetProperty("exp").GetInt64());
    }

    [Theory]
    [InlineData("""{"workflowDefinition":{"key":10011}}""")]
    [InlineData("""{"customerInternalReference":"","workflowDefinition":{"key":10011}}""")]
    [InlineData("""{"customerInternalReference":"has;semicolon","workflowDefinition":{"key":10011}}""")]
    [InlineData("""{"customerInternalReference":"ref","workflowDefinition":{}}""")]
    [InlineData("""{"customerInternalReference":"ref"}""")]
    [InlineData("""{"customerInternalReference":"ref","workflowDefinition":{"key":1},"tokenLifetime":"4m"}""")]
    [InlineData("""{"customerInternalReference":"ref","workflowDefinition":{"key":1},"tokenLifetime":"61d"}""")]
    [InlineData("""{"customerInternalReference":"ref","workflowDefinition":{"key":1},"tokenLifetime":"30 minutes"}""")]
    [InlineData("""{"customerInternalReference":"ref","workflowDefinition":{"key":1,"credentials":[{"category":"PASSPORT"}]}}""")]
    [InlineData("""not json""")]
    public async Task Invalid_bodies_get_400_with_title_status_detail(string body)
    {
        await using var h = await TestHarness.StartAsync();
        var token = await h.GetAccessTokenAsync();

        using var response = await h.SendAsync(HttpMethod.Post, "api/v1/accounts", token, TestHarness.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = await TestHarness.ReadJsonAsync(response);
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("detail").ValueKind);
    }

    [Theory]
    [InlineData("5m")]
    [InlineData("600s")]
    [InlineData("+1d")]
    [InlineData("60d")]
    public async Task Token_lifetimes_within_5m_and_60d_are_accepted(string lifetime)
    {
        await using var h = await TestHarness.StartAsync();

        var created = await h.CreateAccountAsync(
            $$"""{"customerInternalReference":"ref","workflowDefinition":{"key":1},"tokenLifetime":"{{lifetime}}"}""");

        Assert.False(string.IsNullOrEmpty(created.TransactionToken));
    }

    [Fact]
    public async Task Update_account_starts_a_new_workflow_on_the_same_account_and_404s_for_unknown_accounts()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();
        const string body = """{"customerInternalReference":"ref-3","workflowDefinition":{"key":10011}}""";

        using var updated = await h.SendAsync(HttpMethod.Put, $"api/v1/accounts/{created.AccountId}", created.AccessToken, TestHarness.Json(body));
        using var unknown = await h.SendAsync(HttpMethod.Put, $"api/v1/accounts/{Guid.NewGuid()}", created.AccessToken, TestHarness.Json(body));

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        using var json = await TestHarness.ReadJsonAsync(updated);
        Assert.Equal(created.AccountId, json.RootElement.GetProperty("account").GetProperty("id").GetString());
        var newWorkflowId = json.RootElement.GetProperty("workflowExecution").GetProperty("id").GetString();
        Assert.NotEqual(created.WorkflowId, newWorkflowId);

        using var status = await h.SendAsync(
            HttpMethod.Get, $"api/v1/accounts/{created.AccountId}/workflow-executions/{newWorkflowId}/status", created.AccessToken);
        using var statusJson = await TestHarness.ReadJsonAsync(status);
        Assert.Equal("INITIATED", statusJson.RootElement.GetProperty("workflowExecution").GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var notFound = await TestHarness.ReadJsonAsync(unknown);
        Assert.Equal(404, notFound.RootElement.GetProperty("status").GetInt32());
    }
}
