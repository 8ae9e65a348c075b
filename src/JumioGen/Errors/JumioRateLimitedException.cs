using System;
using System.Collections.Generic;
using System.Net;

namespace JumioGen;

/// <summary>Jumio answered 429 Too Many Requests; <see cref="RetryAfter"/> says when to try again, if Jumio said.</summary>
public sealed class JumioRateLimitedException : JumioApiException
{
    /// <summary>Creates the exception.</summary>
    public JumioRateLimitedException(string method, string path, string? reasonPhrase, string? body, IReadOnlyDictionary<string, string[]>? headers, string? title, string? detail, TimeSpan? retryAfter)
        : base(method, path, HttpStatusCode.TooManyRequests, reasonPhrase, body, headers, title, detail)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>The Retry-After Jumio sent, if any.</summary>
    public TimeSpan? RetryAfter { get; }
}
