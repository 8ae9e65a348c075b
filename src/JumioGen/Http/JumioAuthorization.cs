using System.Net.Http;

namespace JumioGen;

/// <summary>Which token authorises a request.</summary>
public enum JumioAuthorization
{
    /// <summary>The OAuth2 access token, obtained and attached by JumioGen (the default).</summary>
    AccessToken,

    /// <summary>A transaction token the request already carries (upload and finalize).</summary>
    TransactionToken,

    /// <summary>No token (health check).</summary>
    None,
}

/// <summary>Request options the generated clients set for JumioGen's handler.</summary>
public static class JumioRequestOptions
{
    /// <summary>Which token authorises the request; absent means <see cref="JumioAuthorization.AccessToken"/>.</summary>
    public static readonly HttpRequestOptionsKey<JumioAuthorization> Authorization = new("JumioGen.Authorization");

    internal static JumioAuthorization GetAuthorization(HttpRequestMessage request) =>
        request.Options.TryGetValue(Authorization, out var value) ? value : JumioAuthorization.AccessToken;
}
