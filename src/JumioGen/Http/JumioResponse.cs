using System.Collections.Generic;
using System.Net;

namespace JumioGen;

/// <summary>
/// An answer from Jumio that is returned rather than thrown: status, headers and either the content or the error.
/// Declare an operation as returning <c>Task&lt;JumioResponse&lt;T&gt;&gt;</c> to get one.
/// </summary>
/// <typeparam name="T">The type of a successful answer's content.</typeparam>
public sealed class JumioResponse<T>
{
    /// <summary>Creates a response.</summary>
    public JumioResponse(HttpStatusCode statusCode, IReadOnlyDictionary<string, string[]> headers, T? content, JumioApiException? error)
    {
        StatusCode = statusCode;
        Headers = headers;
        Content = content;
        Error = error;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Whether the status was 2xx and the content was read.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>The response headers.</summary>
    public IReadOnlyDictionary<string, string[]> Headers { get; }

    /// <summary>The content of a successful answer; <see langword="default"/> on failure.</summary>
    public T? Content { get; }

    /// <summary>What went wrong (status, raw body, Jumio's title/detail); <see langword="null"/> on success.</summary>
    public JumioApiException? Error { get; }
}
