using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// The OAuth2 client-credentials call: <c>POST {token URL}</c> with HTTP Basic client_id:secret (the one place
/// Jumio wants Basic) and <c>grant_type=client_credentials</c>.
/// </summary>
internal sealed class TokenEndpointClient
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private readonly Func<HttpClient> _httpClient;
    private readonly TimeProvider _time;

    public TokenEndpointClient(Func<HttpClient> httpClient, TimeProvider time)
    {
        _httpClient = httpClient;
        _time = time;
    }

    /// <summary>One token request, bounded by <see cref="TokenRetryPolicy.AttemptTimeout"/> on the clock. No retries here.</summary>
    /// <exception cref="JumioAuthenticationException">400/401/403: the credentials were refused.</exception>
    /// <exception cref="JumioRateLimitedException">429.</exception>
    /// <exception cref="JumioApiException">Any other error status.</exception>
    /// <exception cref="JumioException">
    /// Unreachable or cut off (inner <see cref="HttpRequestException"/> or <see cref="IOException"/>), too slow (inner
    /// <see cref="TimeoutException"/>), an answer without a token, or one longer than <see cref="JumioApiException.MaxBodyLength"/>.
    /// </exception>
    public async Task<IssuedToken> RequestAsync(JumioCredential credential, CancellationToken cancellationToken)
    {
        JumioTransport.EnsureAllowed(credential.TokenEndpoint, "client credentials");
        using var request = new HttpRequestMessage(HttpMethod.Post, credential.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "client_credentials")]),
        };

        // Raw id:secret as Jumio's own examples send it (curl -u), not form-encoded first.
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credential.ClientId + ":" + credential.ClientSecret)));
        request.Headers.Accept.Add(Json);
        request.Headers.TryAddWithoutValidation("User-Agent", credential.UserAgent);

        // The attempt's deadline runs on the TimeProvider, so tests can make the endpoint "slow" without waiting.
        using var deadline = new CancellationTokenSource(TokenRetryPolicy.AttemptTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            // Headers first, then only as much body as a token answer can need: a proxy's 100 MB page is never buffered.
            using var response = await _httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var (body, truncated) = await BoundedBody.ReadAsync(response.Content, JumioApiException.MaxBodyLength, linked.Token).ConfigureAwait(false);
            return Read(credential, response, CredentialRedaction.For(request, credential.ClientSecret), body, truncated);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // IOException: the connection broke while the body was read, after the headers had arrived.
            throw new JumioException(
                $"Could not reach Jumio's token endpoint {credential.TokenEndpoint.GetLeftPart(UriPartial.Path)}: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Our deadline, or HttpClient.Timeout: either way the endpoint was too slow, which is worth a retry.
            throw new JumioException(
                $"Jumio's token endpoint {credential.TokenEndpoint.GetLeftPart(UriPartial.Path)} did not answer in time.",
                new TimeoutException($"No answer within {TokenRetryPolicy.AttemptTimeout.TotalSeconds:0} s.", e));
        }
    }

    private static IssuedToken Read(JumioCredential credential, HttpResponseMessage response, CredentialRedaction redaction, string body, bool truncated)
    {
        if (!response.IsSuccessStatusCode)
        {
            // Only error answers are kept in exceptions; a success body is the token itself and is never shown.
            body = redaction.Text(body);
        }

        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            var error = TryParse(body, TokenJsonContext.Default.OAuthError);
            throw new JumioAuthenticationException(response.StatusCode, error?.Error, error?.ErrorDescription, credential.ClientId, credential.TokenEndpoint);
        }

        if (!response.IsSuccessStatusCode)
        {
            var problem = TryParse(body, TokenJsonContext.Default.JumioProblem);
            var headers = redaction.Headers(JumioApiException.CopyHeaders(response));
            var reason = redaction.Text(response.ReasonPhrase);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throw new JumioRateLimitedException(
                    "POST", credential.TokenEndpoint.AbsolutePath, reason, body, headers,
                    problem?.Title, problem?.Detail, JumioErrors.RetryAfter(response));
            }

            throw new JumioApiException(
                "POST", credential.TokenEndpoint.AbsolutePath, response.StatusCode, reason,
                body, headers, problem?.Title, problem?.Detail);
        }

        if (truncated)
        {
            throw new JumioException(
                $"Jumio's token endpoint {credential.TokenEndpoint.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} with a body "
                + $"longer than {JumioApiException.MaxBodyLength / 1024} KB, which cannot be a token answer; the rest was not read.");
        }

        var token = TryParse(body, TokenJsonContext.Default.TokenResponse);
        if (token?.AccessToken is not { Length: > 0 } value)
        {
            throw new JumioException(
                $"Jumio's token endpoint {credential.TokenEndpoint.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} without an access_token.");
        }

        var expiresIn = token.ExpiresIn is > 0 ? TimeSpan.FromSeconds(token.ExpiresIn.Value) : (TimeSpan?)null;
        return new IssuedToken(value, expiresIn);
    }

    private static T? TryParse<T>(string body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>What the token endpoint answered: the token and its <c>expires_in</c>, if it said.</summary>
internal readonly record struct IssuedToken(string Value, TimeSpan? ExpiresIn)
{
    public override string ToString() => $"IssuedToken {{ Value = <redacted>, ExpiresIn = {ExpiresIn} }}";
}
