using System;

namespace JumioGen;

/// <summary>The transport rule: credentials and tokens travel over https, except to this machine.</summary>
internal static class JumioTransport
{
    public static bool IsAllowed(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    /// <summary>
    /// URLs taken from Jumio's answers (part and finalize URLs) carry the transaction token. They must go over https to a
    /// Jumio host, or to a host the client was configured with (FakeJumio on loopback, or a proxy), never anywhere a
    /// tampered or spoofed answer points.
    /// </summary>
    public static void EnsureTransactionUrlAllowed(Uri uri, JumioEndpoints endpoints)
    {
        EnsureAllowed(uri, "a transaction token");
        var host = uri.IdnHost;
        var isJumio = uri.Scheme == Uri.UriSchemeHttps && host.EndsWith(".jumio.ai", StringComparison.OrdinalIgnoreCase);
        if (isJumio)
        {
            return;
        }

        foreach (var configured in endpoints.All)
        {
            if (Uri.Compare(configured, uri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException(
            $"Refusing to send a transaction token to \"{uri.GetLeftPart(UriPartial.Authority)}\": URLs from Jumio's answers must be https on a Jumio host or on a configured endpoint's host.");
    }

    public static void EnsureAllowed(Uri uri, string what)
    {
        if (!IsAllowed(uri))
        {
            throw new InvalidOperationException($"Refusing to send {what} to \"{uri.GetLeftPart(UriPartial.Path)}\": Jumio calls must use https (plain http only for loopback).");
        }
    }
}
