namespace JumioGen.AspNetCore.Tests;

/// <summary>Keeps every Bearer token the server's HttpClients send, so a test can prove none of them reached the device.</summary>
internal sealed class BearerRecorder(List<string> tokens) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is { Scheme: "Bearer", Parameter: { } token })
        {
            lock (tokens)
            {
                tokens.Add(token);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
