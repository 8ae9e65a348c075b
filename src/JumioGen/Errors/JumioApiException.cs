using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace JumioGen;

/// <summary>
/// Jumio answered with an error status. Keeps what is needed to diagnose it: method, path, status, response
/// headers, the raw body (bounded) and Jumio's <c>title</c>/<c>detail</c>. Never holds a token or a secret.
/// </summary>
public class JumioApiException : JumioException
{
    /// <summary>How much of an error body is kept.</summary>
    public const int MaxBodyLength = 64 * 1024;

    /// <summary>Creates the exception from the parts of a failed call.</summary>
    public JumioApiException(
        string method,
        string path,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        string? body,
        IReadOnlyDictionary<string, string[]>? headers = null,
        string? title = null,
        string? detail = null,
        Exception? innerException = null)
        : base(Describe(method, path, statusCode, reasonPhrase, title, detail), innerException)
    {
        Method = method;
        Path = path;
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Body = body;
        Headers = headers ?? new Dictionary<string, string[]>();
        Title = title;
        Detail = detail;
    }

    /// <summary>The HTTP method of the failed request.</summary>
    public string Method { get; }

    /// <summary>The path of the failed request (no host, no query).</summary>
    public string Path { get; }

    /// <summary>The status Jumio answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The reason phrase Jumio sent, if any.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>
    /// The raw response body, cut at <see cref="MaxBodyLength"/> characters. A copy of the request's own credential
    /// (a proxy that reflects the refused request) is replaced by <c>&lt;redacted&gt;</c>.
    /// </summary>
    public string? Body { get; }

    /// <summary>Response headers, without <c>Set-Cookie</c>; the request's own credential is redacted from them as from <see cref="Body"/>.</summary>
    public IReadOnlyDictionary<string, string[]> Headers { get; }

    /// <summary>Jumio's <c>title</c>, when the body has one.</summary>
    public string? Title { get; }

    /// <summary>Jumio's <c>detail</c>, when the body has one.</summary>
    public string? Detail { get; }

    internal static IReadOnlyDictionary<string, string[]> CopyHeaders(HttpResponseMessage response)
    {
        var result = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        Add(response.Headers);
        if (response.Content is not null)
        {
            Add(response.Content.Headers);
        }

        return result;

        void Add(HttpHeaders headers)
        {
            foreach (var header in headers)
            {
                if (!header.Key.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase))
                {
                    result[header.Key] = header.Value.ToArray();
                }
            }
        }
    }

    private static string Describe(string method, string path, HttpStatusCode status, string? reason, string? title, string? detail)
    {
        var text = $"Jumio {method} {path} failed with {(int)status} {reason ?? status.ToString()}";
        if (!string.IsNullOrEmpty(title) || !string.IsNullOrEmpty(detail))
        {
            text += $": {title}{(string.IsNullOrEmpty(title) || string.IsNullOrEmpty(detail) ? "" : " - ")}{detail}";
        }

        return text + ".";
    }
}
