using System.Net.Http.Headers;

namespace JumioGen.AspNetCore.Tests.ClientSideSample;

/// <summary>
/// Everything a device sent and received, headers and bodies, so a test can prove what never reached the device.
/// Register it in front of every HttpClient the device uses.
/// </summary>
internal sealed class DeviceTraffic
{
    private readonly List<DeviceExchange> _exchanges = [];

    public IReadOnlyList<DeviceExchange> Exchanges
    {
        get
        {
            lock (_exchanges)
            {
                return _exchanges.ToList();
            }
        }
    }

    public DelegatingHandler CreateHandler() => new Recorder(this);

    private void Add(DeviceExchange exchange)
    {
        lock (_exchanges)
        {
            _exchanges.Add(exchange);
        }
    }

    private sealed class Recorder(DeviceTraffic traffic) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var sent = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            // Buffer the answer so it can be read here and still by the client.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var received = await response.Content.ReadAsStringAsync(cancellationToken);
            traffic.Add(new DeviceExchange(
                request.RequestUri!, request.Headers.Authorization, Headers(request.Headers) + sent, Headers(response.Headers) + received));
            return response;
        }

        private static string Headers(HttpHeaders headers) => string.Join("\n", headers.Select(h => h.Key + ": " + string.Join(",", h.Value))) + "\n";
    }
}

internal sealed record DeviceExchange(Uri Uri, AuthenticationHeaderValue? Authorization, string Sent, string Received);
