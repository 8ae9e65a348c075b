using System;

namespace JumioGen;

/// <summary>
/// Identifies one effective credential (token URL + client id + secret) in an <see cref="IJumioTokenStore"/>.
/// <see cref="Id"/> is a SHA-256 of the credential: safe to use as a shared cache key, it reveals neither the client
/// id nor the secret, and a rotated secret gets a different key.
/// </summary>
public sealed class JumioTokenStoreKey
{
    private readonly byte[] _protectionKey;

    internal JumioTokenStoreKey(string id, byte[] protectionKey)
    {
        Id = id;
        _protectionKey = protectionKey;
    }

    /// <summary>The cache key, e.g. <c>jumiogen:access-token:v1:3F9A…</c> (64 hex digits).</summary>
    public string Id { get; }

    /// <summary>A key derived from the client secret (HKDF-SHA256) that encrypts the stored token.</summary>
    internal ReadOnlySpan<byte> ProtectionKey => _protectionKey;

    /// <summary>The <see cref="Id"/>.</summary>
    public override string ToString() => Id;
}
