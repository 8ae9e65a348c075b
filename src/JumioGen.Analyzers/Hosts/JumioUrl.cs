using System;

namespace JumioGen.Analyzers.Hosts;

/// <summary>
/// A URL found in source code, taken apart leniently: the text may hold <see cref="ValueFlow.StringValue.Hole"/>
/// characters where the analyzer could not know a piece (an interpolation hole, a parameter).
/// A label that contains a hole matches nothing specific, so an unknown host is never a Jumio host.
/// </summary>
internal readonly struct JumioUrl
{
    private JumioUrl(string scheme, string host, string path, JumioHostKind kind, string? region)
    {
        Scheme = scheme;
        Host = host;
        Path = path;
        Kind = kind;
        Region = region;
    }

    /// <summary>Lower-case scheme without "://" (empty when the text had none).</summary>
    public string Scheme { get; }

    /// <summary>Lower-case host name.</summary>
    public string Host { get; }

    /// <summary>Path and query, starting with '/' (or empty).</summary>
    public string Path { get; }

    public JumioHostKind Kind { get; }

    /// <summary>The JumioGen <c>Region</c> member name ("US", "EU", "SG") the host belongs to, when the host says.</summary>
    public string? Region { get; }

    public bool IsJumio => Kind != JumioHostKind.None;

    public bool IsHttp => Scheme == "http";

    /// <summary>Reads an absolute http(s) URL ("https://host/path"). Relative paths and other schemes give false.</summary>
    public static bool TryParse(string? text, out JumioUrl url)
    {
        url = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        var separator = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        var scheme = trimmed.Substring(0, separator).ToLowerInvariant();
        if (scheme != "http" && scheme != "https")
        {
            return false;
        }

        var rest = trimmed.Substring(separator + 3);
        var hostEnd = rest.IndexOfAny(HostTerminators);
        var authority = hostEnd < 0 ? rest : rest.Substring(0, hostEnd);
        var path = hostEnd < 0 ? string.Empty : rest.Substring(hostEnd);
        var at = authority.LastIndexOf('@');
        var host = (at >= 0 ? authority.Substring(at + 1) : authority).ToLowerInvariant();
        var colon = host.IndexOf(':');
        if (colon >= 0)
        {
            host = host.Substring(0, colon);
        }

        var (kind, region) = Classify(host);
        url = new JumioUrl(scheme, host, path, kind, region);
        return true;
    }

    /// <summary>Reads an absolute URL, or a bare host ("lon.netverify.com" or "netverify.com/api/…") as https.</summary>
    public static bool TryParseUrlOrHost(string? text, out JumioUrl url)
    {
        if (TryParse(text, out url))
        {
            return true;
        }

        if (text is null || text.Length == 0 || text.IndexOfAny(NotInBareHost) >= 0)
        {
            return false;
        }

        return TryParse("https://" + text, out url) && url.Host.IndexOf('.') > 0;
    }

    /// <summary>What a host is to Jumio, and its region.</summary>
    public static (JumioHostKind Kind, string? Region) Classify(string host)
    {
        if (host.Length == 0 || host.IndexOf(ValueFlow.StringValue.Hole) >= 0 && !HasKnownSuffix(host))
        {
            return (JumioHostKind.None, null);
        }

        var labels = host.TrimEnd('.').Split('.');
        var count = labels.Length;
        if (count >= 2 && labels[count - 2] == "netverify" && labels[count - 1] == "com")
        {
            var region = count == 2 ? "US" : labels[0] == "lon" ? "EU" : labels[0].StartsWith("core-sgp", StringComparison.Ordinal) ? "SG" : null;
            return (JumioHostKind.LegacyNetverify, region);
        }

        if (count >= 2 && labels[count - 2] == "jumio" && labels[count - 1] == "com")
        {
            return count == 3 && labels[0] == "core-sgp" ? (JumioHostKind.LegacyNetverify, "SG") : (JumioHostKind.OtherJumio, null);
        }

        if (count >= 2 && labels[count - 2] == "jumio" && labels[count - 1] == "ai")
        {
            string? region = null;
            for (var i = 0; i < count - 2; i++)
            {
                region ??= RegionOfDataCentre(labels[i]);
            }

            return labels[0] switch
            {
                "auth" => (JumioHostKind.TokenEndpoint, region),
                "account" or "api" or "retrieval" => (JumioHostKind.RestApi, region),
                _ => (JumioHostKind.OtherJumio, region),
            };
        }

        return (JumioHostKind.None, null);
    }

    /// <summary>The data centre name for a JumioGen region ("EU" → "emea-1").</summary>
    public static string DataCentreOf(string? region) => region switch
    {
        "EU" => "emea-1",
        "SG" => "apac-1",
        _ => "amer-1",
    };

    private static string? RegionOfDataCentre(string label) => label switch
    {
        "amer-1" => "US",
        "emea-1" => "EU",
        "apac-1" => "SG",
        _ => null,
    };

    // A host with an unknown piece is still recognisable when the unknown part sits before a known Jumio suffix
    // ($"https://account.{dc}.jumio.ai"): the labels are then checked one by one and the hole label matches nothing.
    private static bool HasKnownSuffix(string host) =>
        host.EndsWith(".jumio.ai", StringComparison.Ordinal) || host.EndsWith(".netverify.com", StringComparison.Ordinal) || host.EndsWith(".jumio.com", StringComparison.Ordinal);

    private static readonly char[] HostTerminators = ['/', '?', '#', '\\'];

    private static readonly char[] NotInBareHost = [' ', '\t', '\n', '\r', '"', '\'', '<', '>', '{', '}', '@', '=', ',', ';'];
}
