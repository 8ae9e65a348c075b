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
    public JumioCredential(Uri tokenEndpoint, string clientId, string clientSecret, string userAgent, TimeSpan refreshBeforeExpiry)
    {
        TokenEndpoint = tokenEndpoint;
        ClientId = clientId;
        ClientSecret = clientSecret;
        UserAgent = userAgent;
        RefreshBeforeExpiry = refreshBeforeExpiry;
        CacheKey = $"{tokenEndpoint.AbsoluteUri}|{clientId}|{HashSecret(clientSecret)}";
    }

    public Uri TokenEndpoint { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public string UserAgent { get; }

    public TimeSpan RefreshBeforeExpiry { get; }

    public string CacheKey { get; }

    public static JumioCredential From(JumioClientOptions options, JumioEndpoints endpoints) =>
        new(endpoints.TokenEndpoint, options.ClientId!, options.ClientSecret!, options.UserAgent!, options.RefreshBeforeExpiry);

    public override string ToString() => $"JumioCredential {{ TokenEndpoint = {TokenEndpoint}, ClientId = {ClientId} }}";

    // A one-way hash keeps the secret itself out of the cache key, which may be logged or stored in a shared cache.
    private static string HashSecret(string secret)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        return Convert.ToHexString(hash);
    }
}
