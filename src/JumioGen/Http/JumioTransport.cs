using System;

namespace JumioGen;

/// <summary>The transport rule: credentials and tokens travel over https, except to this machine.</summary>
internal static class JumioTransport
{
    public static bool IsAllowed(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    public static void EnsureAllowed(Uri uri, string what)
    {
        if (!IsAllowed(uri))
        {
            throw new InvalidOperationException($"Refusing to send {what} to \"{uri.GetLeftPart(UriPartial.Path)}\": Jumio calls must use https (plain http only for loopback).");
        }
    }
}
