using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// A device client's only handler before the network: it adds the app's User-Agent where the platform lets it, and
/// refuses any request not authorised by a transaction token, so an access token can never be asked for or sent.
/// </summary>
internal sealed class DeviceHeadersHandler : DelegatingHandler
{
    private readonly string? _userAgent;

    public DeviceHeadersHandler(string? userAgent) => _userAgent = userAgent;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (JumioRequestOptions.GetAuthorization(request) == JumioAuthorization.AccessToken)
        {
            throw new InvalidOperationException("A device client cannot call an operation that needs Jumio's access token; call it from your server.");
        }

        if (_userAgent is not null && request.Headers.UserAgent.Count == 0)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
