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

        var token = await _tokens.GetAsync(_credential, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !IsTokenChallenge(response) || !CanReplay(request.Content))
        {
            return response;
        }

        _tokens.Invalidate(_credential, token);
        var renewed = await _tokens.GetAsync(_credential, cancellationToken).ConfigureAwait(false);
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    // A 401 that challenges some other scheme is not about our bearer token; replaying would not help.
    private static bool IsTokenChallenge(HttpResponseMessage response)
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

    // Streams may be half-read; only bodies that serialise again from memory are replayed.
    private static bool CanReplay(HttpContent? content) => content is null or JsonContent or ByteArrayContent;
}
