using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JumioGen.Testing;

/// <summary>The header checks Jumio applies before it looks at a request: User-Agent, Bearer and Basic credentials.</summary>
internal static class RequestGuards
{
    /// <summary>Jumio requires a User-Agent naming the caller; without one it answers 403. Writes the 403 and returns false.</summary>
    public static async ValueTask<bool> RequireUserAgentAsync(HttpContext context)
    {
        if (!string.IsNullOrWhiteSpace(context.Request.Headers.UserAgent.ToString()))
        {
            return true;
        }

        await FakeResponses.ProblemAsync(context, StatusCodes.Status403Forbidden, "User-Agent header is required").ConfigureAwait(false);
        return false;
    }

    /// <summary>User-Agent plus a valid, unrevoked, unexpired access token. Writes the 403/401 and returns false otherwise.</summary>
    public static async ValueTask<bool> RequireAccessTokenAsync(HttpContext context, FakeTokenIssuer tokens)
    {
        if (!await RequireUserAgentAsync(context).ConfigureAwait(false))
        {
            return false;
        }

        if (!TryReadBearer(context.Request, out var token))
        {
            await RejectTokenAsync(context, "A Bearer access token is required.").ConfigureAwait(false);
            return false;
        }

        var detail = tokens.CheckAccessToken(token) switch
        {
            AccessTokenCheck.Valid => null,
            AccessTokenCheck.Expired => "The access token has expired.",
            AccessTokenCheck.Revoked => "The access token has been revoked.",
            AccessTokenCheck.TransactionToken => "A transaction token cannot be used here; use an OAuth2 access token.",
            _ => "The access token is not valid.",
        };
        if (detail is null)
        {
            return true;
        }

        await RejectTokenAsync(context, detail).ConfigureAwait(false);
        return false;
    }

    /// <summary>User-Agent plus a transaction token issued by this fake. Returns its record, or writes the 403/401 and returns null.</summary>
    public static async ValueTask<FakeTokenRecord?> RequireTransactionTokenAsync(HttpContext context, FakeTokenIssuer tokens)
    {
        if (!await RequireUserAgentAsync(context).ConfigureAwait(false))
        {
            return null;
        }

        if (!TryReadBearer(context.Request, out var token))
        {
            await RejectTokenAsync(context, "A Bearer transaction token is required.").ConfigureAwait(false);
            return null;
        }

        var record = tokens.FindTransactionToken(token);
        if (record is null)
        {
            await RejectTokenAsync(context, "A transaction token (api.token of the workflow execution) is required.").ConfigureAwait(false);
        }

        return record;
    }

    /// <summary>401 with RFC 6750's challenge. The detail never contains the token.</summary>
    public static Task RejectTokenAsync(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return FakeResponses.ProblemAsync(context, StatusCodes.Status401Unauthorized, detail);
    }

    public static bool TryReadBearer(HttpRequest request, [NotNullWhen(true)] out string? token)
    {
        token = null;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var value = header["Bearer ".Length..].Trim();
        if (value.Length == 0)
        {
            return false;
        }

        token = value;
        return true;
    }

    /// <summary>
    /// True when the request carries <c>Authorization: Basic base64(clientId:clientSecret)</c> with exactly these credentials.
    /// The id and secret are taken raw (not form-url-encoded), as Jumio's docs and curl -u send them.
    /// </summary>
    public static bool HasClientCredentials(HttpRequest request, string clientId, string clientSecret)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        // Both halves are always compared, in constant time, so the response time says nothing about the secret.
        var idMatches = FixedTimeEquals(decoded[..colon], clientId);
        var secretMatches = FixedTimeEquals(decoded[(colon + 1)..], clientSecret);
        return idMatches & secretMatches;
    }

    private static bool FixedTimeEquals(string actual, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
}
