using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace JumioGen.Benchmarks.Calls;

/// <summary>
/// What a Refit user writes to call Jumio: a DelegatingHandler that fetches a client-credentials token once, keeps it
/// until shortly before it expires, and adds it (and Jumio's required User-Agent) to every request.
/// </summary>
internal sealed class RefitTokenHandler(Func<HttpClient> tokenClient, Uri tokenEndpoint) : DelegatingHandler
{
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private volatile CachedToken? _token;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = _token;
        if (token is null || DateTimeOffset.UtcNow >= token.RenewAt)
        {
            token = await RenewAsync(cancellationToken).ConfigureAwait(false);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        request.Headers.TryAddWithoutValidation("User-Agent", CannedJumio.UserAgent);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CachedToken> RenewAsync(CancellationToken cancellationToken)
    {
        await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } current && DateTimeOffset.UtcNow < current.RenewAt)
            {
                return current;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint)
            {
                Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(CannedJumio.ClientId + ":" + CannedJumio.ClientSecret)));
            using var response = await tokenClient().SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            var value = json.RootElement.GetProperty("access_token").GetString()!;
            var lifetime = TimeSpan.FromSeconds(json.RootElement.GetProperty("expires_in").GetInt32());
            var renewed = new CachedToken(value, DateTimeOffset.UtcNow + lifetime - TimeSpan.FromMinutes(5));
            _token = renewed;
            return renewed;
        }
        finally
        {
            _renewal.Release();
        }
    }

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt);
}
