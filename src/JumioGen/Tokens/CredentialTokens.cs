using System;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>The token state of one effective credential inside an <see cref="AccessTokenCache"/>.</summary>
internal sealed class CredentialTokens
{
    public CredentialTokens(JumioCredential credential, TimeProvider time)
    {
        Credential = credential;
        RateLimiter = new TokenRequestRateLimiter(time);
        Tags = new TokenEndpointTags(credential.TokenEndpoint);
    }

    public JumioCredential Credential { get; }

    /// <summary>At most 10 token requests per second for this credential.</summary>
    public TokenRequestRateLimiter RateLimiter { get; }

    public TokenEndpointTags Tags { get; }

    /// <summary>The token callers get; replaced whole (read with <c>Volatile</c>), null after a 401 dropped it.</summary>
    public AccessToken? Current;

    /// <summary>The one renewal in flight, if any (single-flight). Set and cleared under <c>lock (this)</c>.</summary>
    public Task<AccessToken>? Renewal;

    /// <summary>The store write of the last token from the endpoint, if still running.</summary>
    public Task? PendingWrite;

    /// <summary>The last token Jumio refused: a store still holding it is not believed.</summary>
    public string? RejectedValue;

    // Touched only by the renewal in flight, and renewals never overlap, so they need no lock.
    public DateTimeOffset RetryNotBefore;
    public int ConsecutiveFailures;
}
