using System.Net;
using System.Text.Json;

namespace JumioGen.Testing.Tests;

public sealed class TransactionFlowTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Fact]
    public async Task Create_upload_finalize_then_processed_after_the_processing_time_with_a_passed_decision()
    {
        await using var h = await TestHarness.StartAsync(o => o.ProcessingTime = TimeSpan.FromSeconds(30));
        var created = await h.CreateAccountAsync();
        var transaction = created.TransactionToken;

        foreach (var (category, key) in new[] { ("ID", "front"), ("ID", "back"), ("SELFIE", "face") })
        {
            using var upload = await h.UploadAsync(created.PartUrl(category, key), transaction, Png, "image/png");
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
            using var json = await TestHarness.ReadJsonAsync(upload);
            Assert.Equal(created.AccountId, json.RootElement.GetProperty("account").GetProperty("id").GetString());
            Assert.Equal(created.WorkflowId, json.RootElement.GetProperty("workflowExecution").GetProperty("id").GetString());
            Assert.Equal(created.Credential(category).GetProperty("id").GetString(), json.RootElement.GetProperty("credential").GetProperty("id").GetString());
            Assert.True(Guid.TryParse(json.RootElement.GetProperty("part").GetProperty("id").GetString(), out _));
        }

        Assert.Equal("INITIATED", await StatusAsync(h, created));

        using (var finalize = await h.SendAsync(HttpMethod.Put, created.FinalizeUrl, transaction))
        {
            Assert.Equal(HttpStatusCode.OK, finalize.StatusCode);
            using var json = await TestHarness.ReadJsonAsync(finalize);
            Assert.Equal(created.WorkflowId, json.RootElement.GetProperty("workflowExecution").GetProperty("id").GetString());
        }

        Assert.Equal("ACQUIRED", await StatusAsync(h, created));
        using (var details = await DetailsAsync(h, created))
        {
            AssertDecision(details.RootElement, "NOT_EXECUTED", "NOT_PROCESSED", -1);
        }

        h.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("ACQUIRED", await StatusAsync(h, created));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("PROCESSED", await StatusAsync(h, created));

        using var processed = await DetailsAsync(h, created);
        var root = processed.RootElement;
        AssertDecision(root, "PASSED", "PASSED", 10);
        Assert.Equal("PROCESSED", root.GetProperty("workflow").GetProperty("status").GetString());
        Assert.Equal("10011", root.GetProperty("workflow").GetProperty("definitionKey").GetString());
        Assert.Equal("ref-1", root.GetProperty("workflow").GetProperty("customerInternalReference").GetString());
        Assert.Equal(created.AccountId, root.GetProperty("account").GetProperty("id").GetString());
        Assert.Equal(TestHarness.Start.AddSeconds(30), DateTimeOffset.Parse(root.GetProperty("completedAt").GetString()!));
        Assert.True(root.TryGetProperty("createdAt", out _));
        Assert.True(root.TryGetProperty("startedAt", out _));
        Assert.NotEmpty(root.GetProperty("capabilities").GetProperty("usability").EnumerateArray());

        // Each uploaded part links to its image on the retrieval route, which returns the bytes as uploaded.
        var idCredential = root.GetProperty("credentials").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "ID");
        var parts = idCredential.GetProperty("parts").EnumerateArray().ToArray();
        Assert.Equal(["FRONT", "BACK"], parts.Select(p => p.GetProperty("classifier").GetString()));
        var href = parts[0].GetProperty("href").GetString()!;
        Assert.StartsWith(h.Fake.BaseAddress.AbsoluteUri, href, StringComparison.Ordinal);
        using var image = await h.SendAsync(HttpMethod.Get, href, created.AccessToken);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Finalizing_with_parts_missing_is_processed_as_rejected()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();
        using (var upload = await h.UploadAsync(created.PartUrl("ID", "front"), created.TransactionToken, Png, "image/jpeg"))
        {
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }

        using (var finalize = await h.SendAsync(HttpMethod.Put, created.FinalizeUrl, created.TransactionToken))
        {
            Assert.Equal(HttpStatusCode.OK, finalize.StatusCode);
        }

        // ProcessingTime zero: processed at once.
        Assert.Equal("PROCESSED", await StatusAsync(h, created));
        using var details = await DetailsAsync(h, created);
        AssertDecision(details.RootElement, "REJECTED", "MISSING_PARTS", 90);

        // The transaction is over: a second finalize is refused.
        using var again = await h.SendAsync(HttpMethod.Put, created.FinalizeUrl, created.TransactionToken);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task An_unused_transaction_token_expires_into_TOKEN_EXPIRED()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync(
            """{"customerInternalReference":"ref","workflowDefinition":{"key":10011},"tokenLifetime":"10m"}""");

        h.Time.Advance(TimeSpan.FromMinutes(10));

        // The access token (1 h) is still good, so the status can be read.
        Assert.Equal("TOKEN_EXPIRED", await StatusAsync(h, created));
        using (var details = await DetailsAsync(h, created))
        {
            AssertDecision(details.RootElement, "NOT_EXECUTED", "TOKEN_EXPIRED", -1);
        }

        using var upload = await h.UploadAsync(created.PartUrl("ID", "front"), created.TransactionToken, Png, "image/png");
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Contains("invalid_token", upload.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        using var finalize = await h.SendAsync(HttpMethod.Put, created.FinalizeUrl, created.TransactionToken);
        Assert.Equal(HttpStatusCode.Unauthorized, finalize.StatusCode);
    }

    [Fact]
    public async Task A_session_left_idle_for_15_minutes_after_an_upload_becomes_SESSION_EXPIRED()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync(
            """{"customerInternalReference":"ref","workflowDefinition":{"key":10011},"tokenLifetime":"1d"}""");
        using (var first = await h.UploadAsync(created.PartUrl("ID", "front"), created.TransactionToken, Png, "image/png"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // Each upload restarts the 15 minutes.
        h.Time.Advance(TimeSpan.FromMinutes(14));
        using (var second = await h.UploadAsync(created.PartUrl("ID", "back"), created.TransactionToken, Png, "image/png"))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        h.Time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal("INITIATED", await StatusAsync(h, created));
        h.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("SESSION_EXPIRED", await StatusAsync(h, created));

        using var late = await h.UploadAsync(created.PartUrl("SELFIE", "face"), created.TransactionToken, Png, "image/png");
        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
        using var details = await DetailsAsync(h, created);
        AssertDecision(details.RootElement, "NOT_EXECUTED", "SESSION_EXPIRED", -1);
    }

    [Fact]
    public async Task Uploads_are_validated_for_content_type_token_field_and_classifier()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();
        var front = created.PartUrl("ID", "front");

        using var wrongType = await h.UploadAsync(front, created.TransactionToken, Png, "image/gif");
        using var notMultipart = await h.SendAsync(HttpMethod.Post, front, created.TransactionToken, new ByteArrayContent(Png));
        using var wrongField = await h.UploadAsync(front, created.TransactionToken, Png, "image/png", field: "image");
        using var accessToken = await h.UploadAsync(front, created.AccessToken, Png, "image/png");
        using var noToken = await h.UploadAsync(front, null, Png, "image/png");
        using var faceOnId = await h.UploadAsync(front.Replace("/FRONT", "/FACE", StringComparison.Ordinal), created.TransactionToken, Png, "image/png");
        using var unknownCredential = await h.UploadAsync(
            front.Replace(created.Credential("ID").GetProperty("id").GetString()!, Guid.NewGuid().ToString(), StringComparison.Ordinal),
            created.TransactionToken, Png, "image/png");

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notMultipart.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongField.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, accessToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, faceOnId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCredential.StatusCode);
        using var json = await TestHarness.ReadJsonAsync(wrongType);
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("image/jpeg or image/png", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploads_larger_than_15_MB_are_refused()
    {
        await using var h = await TestHarness.StartAsync();
        var created = await h.CreateAccountAsync();

        using var tooLarge = await h.UploadAsync(created.PartUrl("ID", "front"), created.TransactionToken, new byte[(15 * 1024 * 1024) + 1], "image/jpeg");

        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        using var json = await TestHarness.ReadJsonAsync(tooLarge);
        Assert.Contains("15 MB", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transaction_token_only_works_for_its_own_workflow()
    {
        await using var h = await TestHarness.StartAsync();
        var first = await h.CreateAccountAsync();
        var second = await h.CreateAccountAsync();

        using var upload = await h.UploadAsync(second.PartUrl("ID", "front"), first.TransactionToken, Png, "image/png");
        using var finalize = await h.SendAsync(HttpMethod.Put, second.FinalizeUrl, first.TransactionToken);

        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, finalize.StatusCode);
    }

    private static async Task<string> StatusAsync(TestHarness h, CreatedAccount created)
    {
        using var response = await h.SendAsync(HttpMethod.Get, created.StatusPath, created.AccessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TestHarness.ReadJsonAsync(response);
        var workflow = json.RootElement.GetProperty("workflowExecution");
        Assert.Equal(created.WorkflowId, workflow.GetProperty("id").GetString());
        Assert.Equal("10011", workflow.GetProperty("definitionKey").GetString());
        Assert.Equal(created.AccountId, json.RootElement.GetProperty("account").GetProperty("id").GetString());
        return workflow.GetProperty("status").GetString()!;
    }

    private static async Task<JsonDocument> DetailsAsync(TestHarness h, CreatedAccount created)
    {
        using var response = await h.SendAsync(HttpMethod.Get, created.DetailsPath, created.AccessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TestHarness.ReadJsonAsync(response);
    }

    private static void AssertDecision(JsonElement details, string type, string label, int score)
    {
        var decision = details.GetProperty("decision");
        Assert.Equal(type, decision.GetProperty("type").GetString());
        Assert.Equal(label, decision.GetProperty("details").GetProperty("label").GetString());
        Assert.Equal(score, decision.GetProperty("risk").GetProperty("score").GetInt32());
    }
}
