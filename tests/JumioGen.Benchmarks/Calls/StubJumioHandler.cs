using System.Net;
using System.Net.Http.Headers;

namespace JumioGen.Benchmarks.Calls;

/// <summary>
/// Answers like Jumio without a network: the token endpoint, create account and workflow status, each with canned
/// JSON. It reads request bodies (so serialisation is part of the measured call, as with a real socket) and refuses
/// calls without the headers Jumio requires, so every client measured really sends the same request.
/// </summary>
internal sealed class StubJumioHandler : HttpMessageHandler
{
    public int TokenRequests;

    /// <summary>"METHOD path auth-scheme user-agent" of the last API request, to check the clients send the same thing.</summary>
    public string? LastApiRequest { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/oauth2/token", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref TokenRequests);
            return request.Headers.Authorization?.Scheme == "Basic" ? Json(request, CannedJumio.TokenResponse) : Status(request, HttpStatusCode.Unauthorized);
        }

        if (request.Headers.Authorization is not { Scheme: "Bearer" } authorization || authorization.Parameter != CannedJumio.AccessToken
            || request.Headers.UserAgent.Count == 0)
        {
            return Status(request, HttpStatusCode.Unauthorized);
        }

        LastApiRequest = $"{request.Method} {path} {authorization.Scheme} {request.Headers.UserAgent}";
        return (request.Method.Method, path) switch
        {
            ("GET", _) when path.EndsWith("/status", StringComparison.Ordinal) => Json(request, CannedJumio.WorkflowStatus),
            ("POST", "/api/v1/accounts") => Json(request, CannedJumio.AccountResponse),
            _ => Status(request, HttpStatusCode.NotFound),
        };
    }

    private static HttpResponseMessage Json(HttpRequestMessage request, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    private static HttpResponseMessage Status(HttpRequestMessage request, HttpStatusCode status) =>
        new(status) { RequestMessage = request };

    // The handler is shared by several clients and the factory disposes handlers when it rotates them: stay usable.
    protected override void Dispose(bool disposing)
    {
    }
}
