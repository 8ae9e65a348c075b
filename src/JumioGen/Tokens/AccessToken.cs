using System;

namespace JumioGen;

/// <summary>An OAuth2 access token with the moments it must be renewed and stops working.</summary>
internal sealed class AccessToken
{
    public AccessToken(string value, DateTimeOffset expiresAt, DateTimeOffset refreshAt)
    {
        Value = value;
        ExpiresAt = expiresAt;
        RefreshAt = refreshAt;
    }

    /// <summary>The bearer value. Never logged.</summary>
    public string Value { get; }

    public DateTimeOffset ExpiresAt { get; }

    /// <summary>From here on the token still works but a new one should be fetched.</summary>
    public DateTimeOffset RefreshAt { get; }

    public bool IsFresh(DateTimeOffset now) => now < RefreshAt;

    public bool IsUsable(DateTimeOffset now) => now < ExpiresAt;

    /// <summary>
    /// Expiry is the earlier of <c>now + expires_in</c> and the JWT's <c>exp</c>: Jumio may hand back a token it
    /// cached itself, whose remaining life is shorter than <c>expires_in</c> says. Renewal starts
    /// <paramref name="refreshBeforeExpiry"/> earlier, but never before half the token's remaining life.
    /// </summary>
    public static AccessToken Create(string value, TimeSpan? expiresIn, DateTimeOffset now, TimeSpan refreshBeforeExpiry)
    {
        var expiresAt = now + (expiresIn ?? TimeSpan.FromHours(1));
        if (JwtClaims.TryReadExpiry(value) is { } exp && exp < expiresAt)
        {
            expiresAt = exp;
        }

        var lifetime = expiresAt - now;
        var lead = refreshBeforeExpiry < lifetime / 2 ? refreshBeforeExpiry : lifetime / 2;
        return new AccessToken(value, expiresAt, expiresAt - lead);
    }

    public override string ToString() => $"AccessToken {{ Value = <redacted>, ExpiresAt = {ExpiresAt:O} }}";
}
