using System;

namespace JumioGen;

/// <summary>
/// Where a Jumio client sends its requests: the OAuth2 token URL and one base address per service.
/// Use <see cref="ForRegion"/> for Jumio itself and <see cref="SingleHost"/> for a fake or a proxy.
/// </summary>
public sealed record JumioEndpoints
{
    /// <summary>Creates endpoints from explicit addresses. Base addresses are treated as folders.</summary>
    public JumioEndpoints(Uri tokenEndpoint, Uri account, Uri api, Uri retrieval, Uri status)
    {
        TokenEndpoint = tokenEndpoint ?? throw new ArgumentNullException(nameof(tokenEndpoint));
        Account = AsFolder(account ?? throw new ArgumentNullException(nameof(account)));
        Api = AsFolder(api ?? throw new ArgumentNullException(nameof(api)));
        Retrieval = AsFolder(retrieval ?? throw new ArgumentNullException(nameof(retrieval)));
        Status = AsFolder(status ?? throw new ArgumentNullException(nameof(status)));
    }

    /// <summary>The OAuth2 client-credentials token URL, e.g. <c>https://auth.emea-1.jumio.ai/oauth2/token</c>.</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>Base address of the account service.</summary>
    public Uri Account { get; }

    /// <summary>Base address of the upload/finalize service.</summary>
    public Uri Api { get; }

    /// <summary>Base address of the retrieval service.</summary>
    public Uri Retrieval { get; }

    /// <summary>Base address of the health service.</summary>
    public Uri Status { get; }

    /// <summary>Jumio's documented hosts for a data centre.</summary>
    public static JumioEndpoints ForRegion(Region region)
    {
        var dc = DataCentre(region);
        return new JumioEndpoints(
            new Uri($"https://auth.{dc}.jumio.ai/oauth2/token"),
            new Uri($"https://account.{dc}.jumio.ai/"),
            new Uri($"https://api.{dc}.jumio.ai/"),
            new Uri($"https://retrieval.{dc}.jumio.ai/"),
            new Uri($"https://status.{dc}.jumio.ai/"));
    }

    /// <summary>
    /// Routes every service, and the token URL (<c>{baseAddress}/oauth2/token</c>), to one host: for FakeJumio,
    /// a test double or a proxy.
    /// </summary>
    public static JumioEndpoints SingleHost(Uri baseAddress)
    {
        if (baseAddress is null) throw new ArgumentNullException(nameof(baseAddress));
        if (!baseAddress.IsAbsoluteUri) throw new ArgumentException("The base address must be an absolute URI.", nameof(baseAddress));
        var root = AsFolder(baseAddress);
        return new JumioEndpoints(new Uri(root, "oauth2/token"), root, root, root, root);
    }

    /// <summary>The base address of one service.</summary>
    public Uri For(JumioHost host) => host switch
    {
        JumioHost.Account => Account,
        JumioHost.Api => Api,
        JumioHost.Retrieval => Retrieval,
        JumioHost.Status => Status,
        _ => throw new ArgumentOutOfRangeException(nameof(host), host, "Unknown Jumio host."),
    };

    /// <summary>The data centre name Jumio uses in host names: <c>amer-1</c>, <c>emea-1</c> or <c>apac-1</c>.</summary>
    public static string DataCentre(Region region) => region switch
    {
        Region.US => "amer-1",
        Region.EU => "emea-1",
        Region.SG => "apac-1",
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown Jumio region."),
    };

    internal Uri[] All => [TokenEndpoint, Account, Api, Retrieval, Status];

    // Relative paths are resolved against the base, so a base without a trailing slash would lose its last segment.
    private static Uri AsFolder(Uri uri) =>
        !uri.IsAbsoluteUri || uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/" + uri.Query);
}
