using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
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

        var body = await ReadBoundedAsync(response, cancellationToken).ConfigureAwait(false);
        var problem = TryParseProblem(body);
        var method = request.Method.Method;
        var path = request.RequestUri?.AbsolutePath ?? "";
        var headers = JumioApiException.CopyHeaders(response);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new JumioRateLimitedException(method, path, response.ReasonPhrase, body, headers, problem?.Title, problem?.Detail, RetryAfter(response));
        }

        throw new JumioApiException(method, path, response.StatusCode, response.ReasonPhrase, body, headers, problem?.Title, problem?.Detail);
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

    // A misbehaving proxy may answer with a huge body; only the start of it is worth keeping.
    private static async Task<string> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
            var buffer = new char[Math.Min(JumioApiException.MaxBodyLength, 16 * 1024)];
            var text = new StringBuilder();
            while (text.Length < JumioApiException.MaxBodyLength)
            {
                var read = await reader.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, JumioApiException.MaxBodyLength - text.Length)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                text.Append(buffer, 0, read);
            }

            return text.ToString();
        }
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
