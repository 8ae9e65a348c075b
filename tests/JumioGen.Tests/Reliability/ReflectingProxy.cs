using System.Net;
using System.Text;
using System.Text.Json;

namespace JumioGen.Tests.Reliability;

/// <summary>
/// Plays a misbehaving proxy or WAF page that reflects the request it refused: the next armed request is answered,
/// without reaching FakeJumio, with an error whose body and headers repeat its Authorization header. The client must
/// not hand that credential back to the caller inside an exception.
/// </summary>
internal sealed class ReflectingProxy
{
    private int _armed;

    /// <summary>Reflects the next request that passes through one of this proxy's handlers.</summary>
    public void ReflectNext() => Interlocked.Exchange(ref _armed, 1);

    /// <summary>How many requests were reflected, so a test can tell the reflection really happened.</summary>
    public int Reflected { get; private set; }

    /// <summary>
    /// A handler for a client's pipeline. <paramref name="status"/> 400 answers in OAuth2's error shape (the token
    /// endpoint's), anything else in Jumio's problem shape.
    /// </summary>
    public DelegatingHandler CreateHandler(HttpStatusCode status) => new Handler(this, status);

    private sealed class Handler(ReflectingProxy proxy, HttpStatusCode status) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref proxy._armed, 0) == 0)
            {
                return base.SendAsync(request, cancellationToken);
            }

            proxy.Reflected++;
            var echo = $"{request.Method} {request.RequestUri} with Authorization: {request.Headers.Authorization}";
            var body = status == HttpStatusCode.BadRequest
                ? JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = "invalid_request", ["error_description"] = "Refused " + echo })
                : JsonSerializer.Serialize(new Dictionary<string, object> { ["title"] = "Blocked " + echo, ["status"] = (int)status, ["detail"] = "Refused " + echo });
            var response = new HttpResponseMessage(status)
            {
                RequestMessage = request,
                ReasonPhrase = "Refused",
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            response.Headers.TryAddWithoutValidation("X-Reflected-Authorization", request.Headers.Authorization?.ToString());
            return Task.FromResult(response);
        }
    }
}
