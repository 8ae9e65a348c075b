using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace JumioGen.Tests;

/// <summary>
/// Sits in front of the token endpoint on the client side: records when (on the fake clock) each token request was
/// sent, what status came back and which access tokens were handed out, and can hold requests until released so
/// that a test knows every caller is waiting on the same one.
/// </summary>
internal sealed class TokenTraffic(TimeProvider clock) : DelegatingHandler
{
    private readonly ConcurrentQueue<(DateTimeOffset SentAt, HttpStatusCode Status)> _exchanges = new();
    private readonly ConcurrentQueue<string> _accessTokens = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private TaskCompletionSource _gate = Open();
    private int _held;

    public IReadOnlyList<(DateTimeOffset SentAt, HttpStatusCode Status)> Exchanges => _exchanges.ToArray();

    public IReadOnlyCollection<string> AccessTokens => _accessTokens.ToArray();

    /// <summary>Requests sent while held wait here, before reaching the server.</summary>
    public int Held => Volatile.Read(ref _held);

    public void Hold() => Volatile.Write(ref _gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release() => Volatile.Read(ref _gate).TrySetResult();

    public async Task WaitUntilHeldAsync(int count)
    {
        while (Held < count)
        {
            Assert.True(await _arrivals.WaitAsync(TimeSpan.FromSeconds(10)), $"Only {Held} token request(s) arrived at the gate.");
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var gate = Volatile.Read(ref _gate).Task;
        if (!gate.IsCompleted)
        {
            Interlocked.Increment(ref _held);
            _arrivals.Release();
            await gate.WaitAsync(cancellationToken);
        }

        var sentAt = clock.GetUtcNow();
        var response = await base.SendAsync(request, cancellationToken);
        _exchanges.Enqueue((sentAt, response.StatusCode));
        if (response.IsSuccessStatusCode)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (body.RootElement.TryGetProperty("access_token", out var token) && token.GetString() is { } value)
            {
                _accessTokens.Enqueue(value);
            }
        }

        return response;
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
