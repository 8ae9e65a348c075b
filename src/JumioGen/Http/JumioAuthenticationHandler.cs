using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// Adds Jumio's required User-Agent and, unless the request carries a transaction token, a Bearer access token.
/// A 401 for the access token drops it (if still cached) and replays the request once with a new one, when the
/// request body can be sent again. No token, no request.
/// </summary>
internal sealed class JumioAuthenticationHandler : DelegatingHandler
{
    private readonly AccessTokenCache _tokens;
    private readonly JumioCredential _credential;

    public JumioAuthenticationHandler(AccessTokenCache tokens, JumioCredential credential)
    {
        _tokens = tokens;
        _credential = credential;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.UserAgent.Count == 0)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", _credential.UserAgent);
        }

        if (JumioRequestOptions.GetAuthorization(request) != JumioAuthorization.AccessToken)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // Throws when no token can be had: the request is then never sent (rather than sent without a token).
        var token = await _tokens.GetAsync(_credential, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !IsTokenChallenge(response))
        {
            return response;
        }

        // The token is bad whatever happens next; drop it (only if no newer one replaced it meanwhile).
        _tokens.Invalidate(_credential, token);
        var method = request.Method.Method;
        var path = request.RequestUri?.AbsolutePath ?? "";
        if (!CanReplay(request.Content))
        {
            TokenLog.RejectedNotReplayed(_tokens.Logger, method, path, "its body is a stream that cannot be sent twice");
            return response;
        }

        TokenLog.Rejected(_tokens.Logger, method, path);
        response.Dispose();
        var renewed = await _tokens.GetAsync(_credential, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed.Value);
        // Replayed once: a second 401 is returned and surfaces as JumioApiException.
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether a 401 is about our bearer token: it challenges Bearer, or names no scheme at all (Jumio documents its
    /// 401s without a WWW-Authenticate header). A 401 that challenges only another scheme is not ours to fix.
    /// </summary>
    internal static bool IsTokenChallenge(HttpResponseMessage response)
    {
        var challenges = response.Headers.WwwAuthenticate;
        if (challenges.Count == 0)
        {
            return true;
        }

        foreach (var challenge in challenges)
        {
            if (string.Equals(challenge.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Streams may be half-read; only bodies that serialise again from memory are replayed.</summary>
    internal static bool CanReplay(HttpContent? content) => content is null or JsonContent or ByteArrayContent or ReadOnlyMemoryContent;
}
