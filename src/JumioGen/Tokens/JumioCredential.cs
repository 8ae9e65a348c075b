using System;
using System.Security.Cryptography;
using System.Text;

namespace JumioGen;

/// <summary>
/// The effective client credential a token is requested with. Its <see cref="CacheKey"/> covers everything that
/// changes the token (URL, client id, secret), so a rotated secret never gets the old credential's token.
/// </summary>
internal sealed class JumioCredential
{
    private const string StoreKeyPrefix = "jumiogen:access-token:v1:";
    private static readonly byte[] ProtectionSalt = Encoding.UTF8.GetBytes("JumioGen token store v1");

    public JumioCredential(Uri tokenEndpoint, string clientId, string clientSecret, string userAgent, TimeSpan refreshBeforeExpiry)
    {
        TokenEndpoint = tokenEndpoint;
        ClientId = clientId;
        ClientSecret = clientSecret;
        UserAgent = userAgent;
        RefreshBeforeExpiry = refreshBeforeExpiry;
        CacheKey = $"{tokenEndpoint.AbsoluteUri}|{clientId}|{HashHex(clientSecret)}";
        StoreKey = CreateStoreKey(CacheKey, clientSecret);
    }

    public Uri TokenEndpoint { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public string UserAgent { get; }

    public TimeSpan RefreshBeforeExpiry { get; }

    /// <summary>The in-process key: token URL | client id | SHA-256 of the secret.</summary>
    public string CacheKey { get; }

    /// <summary>The key in a shared store: a SHA-256 of <see cref="CacheKey"/>, with an encryption key derived from the secret.</summary>
    public JumioTokenStoreKey StoreKey { get; }

    public static JumioCredential From(JumioClientOptions options, JumioEndpoints endpoints) =>
        new(endpoints.TokenEndpoint, options.ClientId!, options.ClientSecret!, options.UserAgent!, options.RefreshBeforeExpiry);

    public override string ToString() => $"JumioCredential {{ TokenEndpoint = {TokenEndpoint}, ClientId = {ClientId} }}";

    // A one-way hash keeps the secret itself out of the cache key, which may be logged or stored in a shared cache.
    private static string HashHex(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static JumioTokenStoreKey CreateStoreKey(string cacheKey, string clientSecret)
    {
        var id = StoreKeyPrefix + HashHex(cacheKey);
        // Only holders of the secret can read or write the shared entry; the key is bound to this credential's id.
        var secret = Encoding.UTF8.GetBytes(clientSecret);
        try
        {
            var protectionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, ProtectionSalt, Encoding.UTF8.GetBytes(id));
            return new JumioTokenStoreKey(id, protectionKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
