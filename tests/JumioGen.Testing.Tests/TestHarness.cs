using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace JumioGen.Testing.Tests;

/// <summary>One FakeJumio on a fake clock plus a plain HttpClient that sends a User-Agent, as a Jumio client must.</summary>
internal sealed class TestHarness : IAsyncDisposable
{
    public const string UserAgent = "JumioGen Tests/1.0";
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private TestHarness(FakeJumio fake, FakeTimeProvider time, HttpClient http)
    {
        Fake = fake;
        Time = time;
        Http = http;
    }

    public FakeJumio Fake { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Http { get; }

    public static async Task<TestHarness> StartAsync(Action<FakeJumioOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var options = new FakeJumioOptions { TimeProvider = time };
        configure?.Invoke(options);
        var fake = await FakeJumio.StartAsync(options);
        // Bounded pool: the concurrency test fires 1,000 requests without opening 1,000 sockets.
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = fake.BaseAddress };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return new TestHarness(fake, time, http);
    }

    public static AuthenticationHeaderValue Basic(string id, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}")));

    public HttpRequestMessage TokenRequest(string? id = null, string? secret = null, string grantType = "client_credentials") =>
        new(HttpMethod.Post, "oauth2/token")
        {
            Headers = { Authorization = Basic(id ?? Fake.ClientId, secret ?? Fake.ClientSecret) },
            Content = new FormUrlEncodedContent([new("grant_type", grantType)]),
        };

    public async Task<string> GetAccessTokenAsync()
    {
        using var response = await Http.SendAsync(TokenRequest());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var json = await ReadJsonAsync(response);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? bearer, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Creates an account with an access token and returns the parsed response.</summary>
    public async Task<CreatedAccount> CreateAccountAsync(string? body = null)
    {
        var token = await GetAccessTokenAsync();
        using var response = await SendAsync(
            HttpMethod.Post, "api/v1/accounts", token, Json(body ?? """{"customerInternalReference":"ref-1","workflowDefinition":{"key":10011}}"""));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return new CreatedAccount(token, await ReadJsonAsync(response));
    }

    public async Task<HttpResponseMessage> UploadAsync(string url, string? bearer, byte[] bytes, string contentType, string field = "file")
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var form = new MultipartFormDataContent { { part, field, "image" } };
        return await SendAsync(HttpMethod.Post, url, bearer, form);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());

    public static JsonElement JwtPayload(string jwt)
    {
        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        return JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Fake.DisposeAsync();
    }
}

/// <summary>A create-account response with the access token that made it.</summary>
internal sealed record CreatedAccount(string AccessToken, JsonDocument Response)
{
    public JsonElement Root => Response.RootElement;

    public string AccountId => Root.GetProperty("account").GetProperty("id").GetString()!;

    public string WorkflowId => Root.GetProperty("workflowExecution").GetProperty("id").GetString()!;

    public JsonElement Credential(string category) =>
        Root.GetProperty("workflowExecution").GetProperty("credentials").EnumerateArray()
            .Single(c => c.GetProperty("category").GetString() == category);

    public string TransactionToken => Credential("ID").GetProperty("api").GetProperty("token").GetString()!;

    public string PartUrl(string category, string key) =>
        Credential(category).GetProperty("api").GetProperty("parts").GetProperty(key).GetString()!;

    public string FinalizeUrl => Credential("ID").GetProperty("api").GetProperty("workflowExecution").GetString()!;

    public string StatusPath => $"api/v1/accounts/{AccountId}/workflow-executions/{WorkflowId}/status";

    public string DetailsPath => $"api/v1/accounts/{AccountId}/workflow-executions/{WorkflowId}";
}
