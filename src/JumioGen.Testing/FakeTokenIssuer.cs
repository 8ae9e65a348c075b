using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading;

namespace JumioGen.Testing;

/// <summary>What a token issued by the fake may be used for.</summary>
internal enum FakeTokenKind
{
    /// <summary>An OAuth2 access token from <c>/oauth2/token</c>.</summary>
    Access,

    /// <summary>A workflow's transaction token (<c>api.token</c>), for uploads and finalize only.</summary>
    Transaction,
}

/// <summary>What the fake remembers about a token it issued. The token string itself is the key.</summary>
internal sealed record FakeTokenRecord(
    FakeTokenKind Kind, DateTimeOffset ExpiresAt, int Generation, string? AccountId, string? WorkflowId);

/// <summary>The outcome of checking a bearer token on an access-token route.</summary>
internal enum AccessTokenCheck
{
    Valid,
    Unknown,
    Expired,
    Revoked,
    TransactionToken,
}

/// <summary>
/// Issues JWT-shaped tokens, validates them, revokes access tokens and enforces Jumio's 10/s token rate limit.
/// </summary>
internal sealed class FakeTokenIssuer
{
    // Jumio's documented default: 10 token requests per second per tenant.
    private const int TokenRequestsPerWindow = 10;
    private static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, FakeTokenRecord> _tokens = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _admitted = new();
    private readonly Lock _windowGate = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _accessTokenLifetime;
    private readonly FakeServerAddress _address;
    private int _generation;
    private string? _lastAccessToken;

    public FakeTokenIssuer(TimeProvider time, TimeSpan accessTokenLifetime, FakeServerAddress address)
    {
        _time = time;
        _accessTokenLifetime = accessTokenLifetime;
        _address = address;
    }

    /// <summary>
    /// Admits a token request unless 10 were already admitted in the last second (a sliding window on the TimeProvider).
    /// Rejected requests are not added to the window, so advancing the clock by one second always clears it.
    /// </summary>
    public bool TryAdmitTokenRequest()
    {
        var now = _time.GetUtcNow();
        lock (_windowGate)
        {
            while (_admitted.Count > 0 && _admitted.Peek() <= now - RateWindow)
            {
                _admitted.Dequeue();
            }

            if (_admitted.Count >= TokenRequestsPerWindow)
            {
                return false;
            }

            _admitted.Enqueue(now);
            return true;
        }
    }

    /// <summary>Issues a new, distinct access token for the client.</summary>
    public string IssueAccessToken(string clientId)
    {
        var now = _time.GetUtcNow();
        var expiresAt = now + _accessTokenLifetime;
        var token = CreateJwt(clientId, now, expiresAt, "access");
        _tokens[token] = new FakeTokenRecord(FakeTokenKind.Access, expiresAt, Volatile.Read(ref _generation), null, null);
        Volatile.Write(ref _lastAccessToken, token);
        return token;
    }

    /// <summary>The access token issued last, while it is valid and not revoked (Jumio's own token cache); otherwise null.</summary>
    public string? LastValidAccessToken() =>
        Volatile.Read(ref _lastAccessToken) is { } token && CheckAccessToken(token) == AccessTokenCheck.Valid ? token : null;

    /// <summary>Issues the transaction token of one workflow execution.</summary>
    public string IssueTransactionToken(string clientId, string accountId, string workflowId, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        var token = CreateJwt(clientId, issuedAt, expiresAt, "transaction");
        _tokens[token] = new FakeTokenRecord(FakeTokenKind.Transaction, expiresAt, 0, accountId, workflowId);
        return token;
    }

    /// <summary>A JWT that looks real but is accepted nowhere (the SDK and web tokens: Jumio does not take them on REST calls).</summary>
    public string CreateUnregisteredToken(string clientId, DateTimeOffset issuedAt, DateTimeOffset expiresAt, string use) =>
        CreateJwt(clientId, issuedAt, expiresAt, use);

    public AccessTokenCheck CheckAccessToken(string token)
    {
        if (!_tokens.TryGetValue(token, out var record))
        {
            return AccessTokenCheck.Unknown;
        }

        if (record.Kind != FakeTokenKind.Access)
        {
            return AccessTokenCheck.TransactionToken;
        }

        if (record.Generation != Volatile.Read(ref _generation))
        {
            return AccessTokenCheck.Revoked;
        }

        return _time.GetUtcNow() >= record.ExpiresAt ? AccessTokenCheck.Expired : AccessTokenCheck.Valid;
    }

    /// <summary>The record of a transaction token, or null for anything else (unknown strings, access tokens).</summary>
    public FakeTokenRecord? FindTransactionToken(string token) =>
        _tokens.TryGetValue(token, out var record) && record.Kind == FakeTokenKind.Transaction ? record : null;

    /// <summary>Invalidates every access token issued so far; tokens issued afterwards work.</summary>
    public void RevokeAccessTokens() => Interlocked.Increment(ref _generation);

    // base64url(header).base64url(payload).base64url(random): shaped like Jumio's tokens so clients can read exp/iat,
    // but the signature is random bytes, so nobody can mistake it for a verifiable token.
    private string CreateJwt(string subject, DateTimeOffset issuedAt, DateTimeOffset expiresAt, string use)
    {
        var header = WriteJson(w =>
        {
            w.WriteString("alg", "HS512");
            w.WriteString("typ", "JWT");
        });
        var payload = WriteJson(w =>
        {
            w.WriteString("iss", _address.Value.AbsoluteUri);
            w.WriteString("sub", subject);
            w.WriteNumber("iat", issuedAt.ToUnixTimeSeconds());
            w.WriteNumber("exp", expiresAt.ToUnixTimeSeconds());
            w.WriteString("jti", Guid.NewGuid().ToString());
            w.WriteString("use", use);
        });
        Span<byte> signature = stackalloc byte[32];
        RandomNumberGenerator.Fill(signature);
        return Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(signature);
    }

    private static ReadOnlySpan<byte> WriteJson(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan;
    }
}
