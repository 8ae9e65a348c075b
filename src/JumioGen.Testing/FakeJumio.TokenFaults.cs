using System;

namespace JumioGen.Testing;

/// <summary>Fault switches for the token endpoint (<c>POST /oauth2/token</c>).</summary>
public sealed partial class FakeJumio
{
    /// <summary>
    /// The next <paramref name="count"/> token requests are answered with <paramref name="statusCode"/>: 5xx with Jumio's
    /// <c>{title,status,detail}</c> body, 400/401/403 with an OAuth2 error body (<c>invalid_request</c>,
    /// <c>invalid_client</c>, <c>unauthorized_client</c>). Faults queue up in the order they are armed.
    /// </summary>
    /// <param name="count">How many requests fail.</param>
    /// <param name="statusCode">400, 401, 403 or 500-599 (use <see cref="RateLimitNextTokenRequests"/> for 429).</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or an unsupported status.</exception>
    public void FailNextTokenRequests(int count, int statusCode = 503)
    {
        if (statusCode is not (400 or 401 or 403) and not (>= 500 and <= 599))
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "Use 400, 401, 403 or a 5xx status.");
        }

        _tokenFaults.Enqueue(count, new FakeTokenFault.Fail(statusCode));
    }

    /// <summary>
    /// The next <paramref name="count"/> token requests get 429 with <c>Retry-After</c> (whole seconds, rounded up) and
    /// Jumio's body <c>{"title":"Too Many Requests","status":429,"detail":"Request limit exceeded"}</c>.
    /// </summary>
    /// <param name="count">How many requests are refused.</param>
    /// <param name="retryAfter">The Retry-After to send.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or Retry-After.</exception>
    public void RateLimitNextTokenRequests(int count, TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        _tokenFaults.Enqueue(count, new FakeTokenFault.RateLimit(retryAfter));
    }

    /// <summary>
    /// The next <paramref name="count"/> token requests are answered only after <paramref name="delay"/> has passed on
    /// the fake's <see cref="FakeJumioOptions.TimeProvider"/> (advance a <c>FakeTimeProvider</c> to release them). A client
    /// that gives up first simply disconnects.
    /// </summary>
    /// <param name="count">How many requests are slow.</param>
    /// <param name="delay">How long each waits before being answered normally.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or delay.</exception>
    public void DelayNextTokenResponses(int count, TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        _tokenFaults.Enqueue(count, new FakeTokenFault.Slow(delay));
    }

    /// <summary>
    /// While on, the token endpoint answers with the access token it issued last, as long as that one is valid and not
    /// revoked, with <c>expires_in</c> still claiming the full lifetime — as Jumio says it may ("access tokens are cached
    /// internally, and consecutive calls may return the same token"). The JWT's <c>exp</c> tells the truth.
    /// </summary>
    /// <param name="enabled">On or off.</param>
    public void ReturnCachedAccessTokens(bool enabled = true) => _tokenFaults.ReuseAccessTokens = enabled;

    /// <summary>Token-endpoint faults armed but not yet used.</summary>
    public int PendingTokenFaults => _tokenFaults.Pending;

    /// <summary>Drops every armed token-endpoint fault; <see cref="ReturnCachedAccessTokens"/> is left as it is.</summary>
    public void ClearTokenFaults() => _tokenFaults.Clear();
}
