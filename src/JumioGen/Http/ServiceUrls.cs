using System;
using System.Buffers;

namespace JumioGen;

/// <summary>
/// Builds the absolute URL of a request to one of Jumio's services: the service's base address plus a relative path.
/// </summary>
/// <remarks>
/// <c>new Uri(baseUri, relativePath)</c> parses the relative path, combines and parses the result again (about half a
/// microsecond per call). For the paths the generated clients build (escaped segments, a query) on a plain folder base,
/// appending the path to the base's text gives the same URL with one parse; anything else takes the general route.
/// </remarks>
internal sealed class ServiceUrls
{
    // Characters for which base text + path parses to the same URL as new Uri(base, path): no '\', '#', ':', space or
    // non-ASCII, which Uri treats specially when combining.
    private static readonly SearchValues<char> PlainPathCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~%/?=&+,;!$'()*@");

    private readonly JumioEndpoints _endpoints;

    // Indexed by JumioHost; null where the base address is not a plain folder (it has a query, a fragment, ...).
    private readonly string?[] _baseTexts;

    public ServiceUrls(JumioEndpoints endpoints)
    {
        _endpoints = endpoints;
        _baseTexts =
        [
            PlainFolderText(endpoints.Account),
            PlainFolderText(endpoints.Api),
            PlainFolderText(endpoints.Retrieval),
            PlainFolderText(endpoints.Status),
        ];
    }

    /// <summary>The absolute URL of <paramref name="relativePath"/> on <paramref name="host"/>.</summary>
    public Uri For(JumioHost host, string relativePath)
    {
        var baseAddress = _endpoints.For(host); // throws for an unknown host
        return _baseTexts[(int)host] is { } baseText && relativePath is not null && IsPlainPath(relativePath)
            ? new Uri(baseText + relativePath, UriKind.Absolute)
            : new Uri(baseAddress, relativePath);
    }

    internal static bool IsPlainPath(string relativePath) =>
        relativePath.Length == 0
        || (relativePath[0] is not ('/' or '?' or '.') && relativePath.AsSpan().IndexOfAnyExcept(PlainPathCharacters) < 0);

    private static string? PlainFolderText(Uri baseAddress) =>
        baseAddress.IsAbsoluteUri
        && (baseAddress.Scheme == Uri.UriSchemeHttps || baseAddress.Scheme == Uri.UriSchemeHttp)
        && baseAddress.Query.Length == 0 && baseAddress.Fragment.Length == 0 && baseAddress.UserInfo.Length == 0
        && baseAddress.AbsolutePath.EndsWith('/')
            ? baseAddress.AbsoluteUri
            : null;
}
