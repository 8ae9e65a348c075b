using System.Net;
using System.Text;

namespace JumioGen.Tests;

/// <summary>
/// A primary handler that plays every Jumio service of one data centre without any network: it records each request
/// (method, URL, how it was authorised) and answers with canned JSON chosen by method and path only, never by host,
/// so a request sent to the wrong service still gets an answer and only the recorded host gives it away.
/// </summary>
internal sealed class RecordingJumioHandler(string dataCentre) : HttpMessageHandler
{
    public const string AccountId = "9f2b9c1e-3a1d-4d0e-9c55-2b0c0b3c1a11";
    public const string WorkflowExecutionId = "0d5a2c3e-7b1f-4a8e-8e3b-6c1b0d9e2f44";
    public const string CredentialId = "5b7e1f2a-9c3d-4e6f-8a1b-2c3d4e5f6a7b";

    public static readonly string AccessToken = TestJwt.WithPayload("""{"sub":"regional-client","exp":4102444800}""");
    public static readonly string TransactionToken = TestJwt.WithPayload("""{"sub":"transaction","exp":4102444800}""");

    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(request.Method.Method, request.RequestUri!, KindOf(request)));
        }

        var path = request.RequestUri!.AbsolutePath;
        var workflow = $"/api/v1/accounts/{AccountId}/workflow-executions/{WorkflowExecutionId}";
        HttpResponseMessage answer = (request.Method.Method, path) switch
        {
            ("POST", "/oauth2/token") => Json($$"""{"access_token":"{{AccessToken}}","expires_in":3600,"token_type":"Bearer"}"""),
            ("POST", "/api/v1/accounts") or ("PUT", $"/api/v1/accounts/{AccountId}") => Json(AccountResponse()),
            ("POST", _) when path.StartsWith(workflow + "/credentials/", StringComparison.Ordinal) => Json("""{"timestamp":"2026-12-03T12:00:00Z"}"""),
            ("PUT", _) when path == workflow => Json("""{"timestamp":"2026-12-03T12:00:00Z"}"""),
            ("GET", _) when path == workflow + "/status" => Json($$$"""{"workflowExecution":{"id":"{{{WorkflowExecutionId}}}","status":"PROCESSED"}}"""),
            ("GET", _) when path == workflow => Json($$$"""{"workflow":{"id":"{{{WorkflowExecutionId}}}","status":"PROCESSED"}}"""),
            ("GET", _) when path.StartsWith($"/api/v1/accounts/{AccountId}/credentials/", StringComparison.Ordinal) =>
                new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]) },
            ("DELETE", _) => new HttpResponseMessage(HttpStatusCode.NoContent),
            ("GET", "/") => Json("""{"status":"UP"}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent($"No canned answer for {request.Method} {path}.") },
        };
        answer.RequestMessage = request;
        return Task.FromResult(answer);
    }

    private static AuthorizationKind KindOf(HttpRequestMessage request) => request.Headers.Authorization switch
    {
        null => AuthorizationKind.None,
        { Scheme: "Basic" } => AuthorizationKind.ClientCredentials,
        { Scheme: "Bearer" } bearer when bearer.Parameter == AccessToken => AuthorizationKind.AccessToken,
        { Scheme: "Bearer" } bearer when bearer.Parameter == TransactionToken => AuthorizationKind.TransactionToken,
        _ => AuthorizationKind.Unknown,
    };

    // Jumio's create/update answer: the upload and finalize URLs are on the api service of the same data centre.
    private string AccountResponse()
    {
        var workflow = $"https://api.{dataCentre}.jumio.ai/api/v1/accounts/{AccountId}/workflow-executions/{WorkflowExecutionId}";
        return $$$"""
            {"timestamp":"2026-12-03T12:00:00Z",
             "account":{"id":"{{{AccountId}}}"},
             "web":{"href":"https://acme.web.{{{dataCentre}}}.jumio.ai/web/v4/app?authorizationToken=web-token&locale=en"},
             "sdk":{"token":"sdk-token"},
             "workflowExecution":{"id":"{{{WorkflowExecutionId}}}","credentials":[
               {"id":"{{{CredentialId}}}","category":"ID","allowedChannels":["API"],
                "api":{"token":"{{{TransactionToken}}}",
                       "parts":{"front":"{{{workflow}}}/credentials/{{{CredentialId}}}/parts/FRONT"},
                       "workflowExecution":"{{{workflow}}}"}}]}}
            """;
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}

/// <summary>One request as the handler saw it.</summary>
internal sealed record RecordedRequest(string Method, Uri Url, AuthorizationKind Authorization)
{
    public override string ToString() => $"{Method} {Url} ({Authorization})";
}

/// <summary>What authorised a request.</summary>
internal enum AuthorizationKind
{
    None,
    ClientCredentials,
    AccessToken,
    TransactionToken,
    Unknown,
}
