using System;
using System.Collections.Generic;
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

    public async Task<AccessToken> RequestAsync(JumioCredential credential, CancellationToken cancellationToken)
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

        HttpResponseMessage response;
        try
        {
            response = await _httpClient().SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new JumioException(
                $"Could not reach Jumio's token endpoint {credential.TokenEndpoint.GetLeftPart(UriPartial.Path)}: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new JumioException(
                $"Jumio's token endpoint {credential.TokenEndpoint.GetLeftPart(UriPartial.Path)} did not answer in time.", e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                var error = TryParse(body, TokenJsonContext.Default.OAuthError);
                throw new JumioAuthenticationException(response.StatusCode, error?.Error, error?.ErrorDescription, credential.ClientId, credential.TokenEndpoint);
            }

            if (!response.IsSuccessStatusCode)
            {
                var problem = TryParse(body, TokenJsonContext.Default.JumioProblem);
                throw new JumioApiException(
                    "POST", credential.TokenEndpoint.AbsolutePath, response.StatusCode, response.ReasonPhrase,
                    Truncate(body), JumioApiException.CopyHeaders(response), problem?.Title, problem?.Detail);
            }

            var token = TryParse(body, TokenJsonContext.Default.TokenResponse);
            if (token?.AccessToken is not { Length: > 0 } value)
            {
                throw new JumioException(
                    $"Jumio's token endpoint {credential.TokenEndpoint.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} without an access_token.");
            }

            var expiresIn = token.ExpiresIn is > 0 ? TimeSpan.FromSeconds(token.ExpiresIn.Value) : (TimeSpan?)null;
            return AccessToken.Create(value, expiresIn, _time.GetUtcNow(), credential.RefreshBeforeExpiry);
        }
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

    // Error bodies from the token endpoint never echo the secret, but they are bounded like every other body.
    private static string Truncate(string body) =>
        body.Length <= JumioApiException.MaxBodyLength ? body : body[..JumioApiException.MaxBodyLength];
}
