using System;

namespace JumioGen;

/// <summary>An access token as kept in an <see cref="IJumioTokenStore"/>. <see cref="ToString"/> never shows the value.</summary>
public sealed class JumioStoredToken
{
    /// <summary>Creates the entry.</summary>
    /// <param name="value">The bearer token.</param>
    /// <param name="obtainedAt">When the token endpoint issued it.</param>
    /// <param name="expiresAt">When it stops working (the earlier of <c>expires_in</c> and the JWT <c>exp</c>).</param>
    public JumioStoredToken(string value, DateTimeOffset obtainedAt, DateTimeOffset expiresAt)
    {
        Value = string.IsNullOrEmpty(value) ? throw new ArgumentException("The token value is required.", nameof(value)) : value;
        ObtainedAt = obtainedAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The bearer token. A credential: never log it.</summary>
    public string Value { get; }

    /// <summary>When the token endpoint issued it.</summary>
    public DateTimeOffset ObtainedAt { get; }

    /// <summary>When it stops working.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Describes the entry without its value.</summary>
    public override string ToString() => $"JumioStoredToken {{ Value = <redacted>, ObtainedAt = {ObtainedAt:O}, ExpiresAt = {ExpiresAt:O} }}";
}
