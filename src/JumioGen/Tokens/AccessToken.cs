using System;

namespace JumioGen;

/// <summary>
/// An OAuth2 access token as this process uses it: its value, when it stops working, when its refresh window opens,
/// and the moment inside that window at which this process renews it.
/// </summary>
internal sealed class AccessToken
{
    /// <summary>Each process starts renewing somewhere in the first half of the refresh window.</summary>
    internal const double JitterShareOfWindow = 0.5;

    private AccessToken(string value, DateTimeOffset obtainedAt, DateTimeOffset expiresAt, DateTimeOffset refreshAt, DateTimeOffset refreshPoint)
    {
        Value = value;
        ObtainedAt = obtainedAt;
        ExpiresAt = expiresAt;
        RefreshAt = refreshAt;
        RefreshPoint = refreshPoint;
    }

    /// <summary>The bearer value. Never logged.</summary>
    public string Value { get; }

    /// <summary>When the token endpoint issued it (to whichever process asked).</summary>
    public DateTimeOffset ObtainedAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The refresh window opens here: the token still works but a new one should be fetched.</summary>
    public DateTimeOffset RefreshAt { get; }

    /// <summary>
    /// When this process renews: <see cref="RefreshAt"/> plus a per-process share of the first half of the window,
    /// so that in a fleet sharing one token store one instance renews and the others read its token.
    /// </summary>
    public DateTimeOffset RefreshPoint { get; }

    public bool IsFresh(DateTimeOffset now) => now < RefreshPoint;

    public bool IsUsable(DateTimeOffset now) => now < ExpiresAt;

    /// <summary>
    /// A token just received. Expiry is the earlier of <c>now + expires_in</c> and the JWT's <c>exp</c>: Jumio may
    /// hand back a token it cached itself, whose remaining life is shorter than <c>expires_in</c> says.
    /// <c>jitter</c> in [0, 1) is this process's place in the refresh window.
    /// </summary>
    public static AccessToken Create(string value, TimeSpan? expiresIn, DateTimeOffset now, TimeSpan refreshBeforeExpiry, double jitter = 0)
    {
        var expiresAt = now + (expiresIn ?? TimeSpan.FromHours(1));
        if (JwtClaims.TryReadExpiry(value) is { } exp && exp < expiresAt)
        {
            expiresAt = exp;
        }

        return Restore(value, now, expiresAt, refreshBeforeExpiry, jitter);
    }

    /// <summary>
    /// A token with known issue and expiry times (e.g. read from a shared store). The refresh window is
    /// <paramref name="refreshBeforeExpiry"/> long, but never more than half the token's life, so a short-lived token
    /// is not renewed the moment it arrives.
    /// </summary>
    public static AccessToken Restore(string value, DateTimeOffset obtainedAt, DateTimeOffset expiresAt, TimeSpan refreshBeforeExpiry, double jitter)
    {
        var lifetime = expiresAt - obtainedAt;
        var lead = refreshBeforeExpiry < lifetime / 2 ? refreshBeforeExpiry : lifetime / 2;
        if (lead < TimeSpan.Zero)
        {
            lead = TimeSpan.Zero;
        }

        var refreshAt = expiresAt - lead;
        var refreshPoint = refreshAt + lead * (JitterShareOfWindow * Math.Clamp(jitter, 0, 1));
        return new AccessToken(value, obtainedAt, expiresAt, refreshAt, refreshPoint);
    }

    public JumioStoredToken ToStored() => new(Value, ObtainedAt, ExpiresAt);

    public override string ToString() => $"AccessToken {{ Value = <redacted>, ExpiresAt = {ExpiresAt:O}, RefreshPoint = {RefreshPoint:O} }}";
}
