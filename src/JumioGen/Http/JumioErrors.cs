using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>Turns an error answer into a typed exception, reading at most <see cref="JumioApiException.MaxBodyLength"/> characters of it.</summary>
internal static class JumioErrors
{
    public static async Task ThrowIfFailedAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        // A misbehaving proxy may answer with a huge body; only the start of it is worth keeping.
        var (raw, _) = await BoundedBody.ReadAsync(response.Content, JumioApiException.MaxBodyLength, cancellationToken).ConfigureAwait(false);
        var redaction = CredentialRedaction.For(request);
        var body = redaction.Text(raw);
        var problem = TryParseProblem(body);
        var method = request.Method.Method;
        var path = request.RequestUri?.AbsolutePath ?? "";
        var reason = redaction.Text(response.ReasonPhrase);
        var headers = redaction.Headers(JumioApiException.CopyHeaders(response));
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new JumioRateLimitedException(method, path, reason, body, headers, problem?.Title, problem?.Detail, RetryAfter(response));
        }

        throw new JumioApiException(method, path, response.StatusCode, reason, body, headers, problem?.Title, problem?.Detail);
    }

    internal static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        return retryAfter?.Date is { } date ? date - (response.Headers.Date ?? DateTimeOffset.UtcNow) : null;
    }

    private static JumioProblem? TryParseProblem(string body)
    {
        if (body.Length == 0 || body[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, JumioJsonContext.Default.JumioProblem);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
