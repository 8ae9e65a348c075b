using System.Net;
using System.Text.Json;

namespace JumioGen.Testing.Tests;

public sealed class RetrievalTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJ4In0.c2ln")]
    public async Task Status_with_a_missing_or_foreign_bearer_gets_401_with_a_bearer_challenge(string? bearer)
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();

        using var response = await h.SendAsync(HttpMethod.Get, created.StatusPath, bearer);

        await AssertInvalidTokenAsync(response);
    }

    [Fact]
    public async Task A_transaction_token_is_refused_on_access_token_routes()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();

        using var status = await h.SendAsync(HttpMethod.Get, created.StatusPath, created.TransactionToken);
        using var details = await h.SendAsync(HttpMethod.Get, created.DetailsPath, created.TransactionToken);
        using var create = await h.SendAsync(
            HttpMethod.Post, "api/v1/accounts", created.TransactionToken,
            TestHarness.Json("""{"customerInternalReference":"ref","workflowDefinition":{"key":1}}"""));

        await AssertInvalidTokenAsync(status);
        await AssertInvalidTokenAsync(details);
        await AssertInvalidTokenAsync(create);
    }

    [Fact]
    public async Task Access_tokens_expire_on_the_time_provider()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();

        h.Time.Advance(TimeSpan.FromMinutes(59));
        using (var stillValid = await h.SendAsync(HttpMethod.Get, created.StatusPath, created.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        h.Time.Advance(TimeSpan.FromMinutes(1));
        using var expired = await h.SendAsync(HttpMethod.Get, created.StatusPath, created.AccessToken);
        await AssertInvalidTokenAsync(expired);
    }

    [Fact]
    public async Task RevokeAccessTokens_invalidates_every_token_issued_so_far_but_not_later_ones()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();
        var other = await h.GetAccessTokenAsync();

        h.Fake.RevokeAccessTokens();

        using (var revoked = await h.SendAsync(HttpMethod.Get, created.StatusPath, created.AccessToken))
        {
            await AssertInvalidTokenAsync(revoked);
        }

        using (var revokedToo = await h.SendAsync(HttpMethod.Get, created.StatusPath, other))
        {
            await AssertInvalidTokenAsync(revokedToo);
        }

        var fresh = await h.GetAccessTokenAsync();
        using var ok = await h.SendAsync(HttpMethod.Get, created.StatusPath, fresh);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        // Transaction tokens are not access tokens and survive the revocation.
        using var finalize = await h.SendAsync(HttpMethod.Put, created.FinalizeUrl, created.TransactionToken);
        Assert.Equal(HttpStatusCode.OK, finalize.StatusCode);
    }

    [Fact]
    public async Task Deleting_an_account_removes_its_workflows_and_images()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();
        using (var upload = await h.UploadAsync(created.PartUrl("ID", "front"), created.TransactionToken, [1, 2, 3], "image/jpeg"))
        {
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }

        var imagePath = $"api/v1/accounts/{created.AccountId}/credentials/{created.Credential("ID").GetProperty("id").GetString()}/parts/FRONT";
        using (var image = await h.SendAsync(HttpMethod.Get, imagePath, created.AccessToken))
        {
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
        }

        using var delete = await h.SendAsync(HttpMethod.Delete, $"api/v1/accounts/{created.AccountId}", created.AccessToken);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Empty(await delete.Content.ReadAsByteArrayAsync());

        using var status = await h.SendAsync(HttpMethod.Get, created.StatusPath, created.AccessToken);
        using var details = await h.SendAsync(HttpMethod.Get, created.DetailsPath, created.AccessToken);
        using var gone = await h.SendAsync(HttpMethod.Get, imagePath, created.AccessToken);
        using var deleteAgain = await h.SendAsync(HttpMethod.Delete, $"api/v1/accounts/{created.AccountId}", created.AccessToken);
        await AssertNotFoundAsync(status);
        await AssertNotFoundAsync(details);
        await AssertNotFoundAsync(gone);
        await AssertNotFoundAsync(deleteAgain);
    }

    [Fact]
    public async Task Deleting_a_workflow_execution_keeps_the_account()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();

        using var delete = await h.SendAsync(HttpMethod.Delete, created.DetailsPath, created.AccessToken);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);

        using var status = await h.SendAsync(HttpMethod.Get, created.StatusPath, created.AccessToken);
        using var deleteAgain = await h.SendAsync(HttpMethod.Delete, created.DetailsPath, created.AccessToken);
        await AssertNotFoundAsync(status);
        await AssertNotFoundAsync(deleteAgain);

        using var update = await h.SendAsync(
            HttpMethod.Put, $"api/v1/accounts/{created.AccountId}", created.AccessToken,
            TestHarness.Json("""{"customerInternalReference":"ref","workflowDefinition":{"key":1}}"""));
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_and_missing_images_get_404_with_title_status_detail()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();
        var credentialId = created.Credential("ID").GetProperty("id").GetString();

        using var unknownWorkflow = await h.SendAsync(
            HttpMethod.Get, $"api/v1/accounts/{created.AccountId}/workflow-executions/{Guid.NewGuid()}", created.AccessToken);
        using var missingImage = await h.SendAsync(
            HttpMethod.Get, $"api/v1/accounts/{created.AccountId}/credentials/{credentialId}/parts/BACK", created.AccessToken);
        using var unknownRoute = await h.SendAsync(HttpMethod.Get, "api/v1/nothing-here", created.AccessToken);

        await AssertNotFoundAsync(unknownWorkflow);
        await AssertNotFoundAsync(missingImage);
        await AssertNotFoundAsync(unknownRoute);
    }

    [Fact]
    public async Task Health_needs_no_credentials_and_reports_every_service_up()
    {
        await using var h = await TestHarness.StartAsync();
        using var bare = new HttpClient { BaseAddress = h.Fake.BaseAddress };

        using var response = await bare.GetAsync(string.Empty);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TestHarness.ReadJsonAsync(response);
        Assert.Equal("UP", json.RootElement.GetProperty("status").GetString());
        var services = json.RootElement.GetProperty("details").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(["api", "callback", "mobile", "processing", "retrieval", "web"], services.Keys.Order());
        Assert.All(services.Values, v => Assert.Equal("UP", v));
    }

    [Fact]
    public async Task The_base_address_is_loopback_with_a_trailing_slash()
    {
        await using var h = await TestHarness.StartAsync();

        Assert.Equal("http", h.Fake.BaseAddress.Scheme);
        Assert.Equal("127.0.0.1", h.Fake.BaseAddress.Host);
        Assert.NotEqual(0, h.Fake.BaseAddress.Port);
        Assert.Equal("/", h.Fake.BaseAddress.AbsolutePath);
    }

    private static async Task AssertInvalidTokenAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Equal("error=\"invalid_token\"", challenge.Parameter);
        using var json = await TestHarness.ReadJsonAsync(response);
        Assert.Equal(401, json.RootElement.GetProperty("status").GetInt32());
    }

    private static async Task AssertNotFoundAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = await TestHarness.ReadJsonAsync(response);
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("detail").ValueKind);
    }
}
