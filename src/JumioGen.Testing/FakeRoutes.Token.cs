using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace JumioGen.Testing;

/// <summary>The auth service: <c>POST /oauth2/token</c> (client credentials grant).</summary>
internal sealed partial class FakeRoutes
{
    private async Task IssueTokenAsync(HttpContext context)
    {
        if (await AnsweredByTokenFaultAsync(context).ConfigureAwait(false))
        {
            return;
        }

        if (!await RequestGuards.RequireUserAgentAsync(context).ConfigureAwait(false))
        {
            return;
        }

        // The limit is checked before the credentials, as a gateway would: bad attempts count against it too.
        if (!_tokens.TryAdmitTokenRequest())
        {
            context.Response.Headers.RetryAfter = "1";
            await FakeResponses.ProblemAsync(
                context, StatusCodes.Status429TooManyRequests, "Request limit exceeded", "Too Many Requests").ConfigureAwait(false);
            return;
        }

        if (!RequestGuards.HasClientCredentials(context.Request, _clientId, _clientSecret))
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"FakeJumio\"";
            await FakeResponses.OAuthErrorAsync(
                context, StatusCodes.Status401Unauthorized, "invalid_client",
                "Client authentication failed: send Authorization: Basic base64(client_id:client_secret).").ConfigureAwait(false);
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            await FakeResponses.OAuthErrorAsync(
                context, StatusCodes.Status400BadRequest, "invalid_request",
                "The body must be application/x-www-form-urlencoded.").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            await FakeResponses.OAuthErrorAsync(
                context, StatusCodes.Status400BadRequest, "invalid_request", "grant_type is required.").ConfigureAwait(false);
            return;
        }

        if (grantType != "client_credentials")
        {
            await FakeResponses.OAuthErrorAsync(
                context, StatusCodes.Status400BadRequest, "unsupported_grant_type").ConfigureAwait(false);
            return;
        }

        var token = (_tokenFaults.ReuseAccessTokens ? _tokens.LastValidAccessToken() : null) ?? _tokens.IssueAccessToken(_clientId);
        await FakeResponses.AccessTokenAsync(context, token, _accessTokenLifetimeSeconds).ConfigureAwait(false);
    }
}
