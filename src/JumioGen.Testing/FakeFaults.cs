using System;
using System.Collections.Concurrent;
using System.Threading;

namespace JumioGen.Testing;

/// <summary>What the token endpoint does to one request instead of (or before) answering normally.</summary>
internal abstract record FakeTokenFault
{
    /// <summary>Answer <see cref="Status"/>: an OAuth2 error body for 4xx, Jumio's problem body for 5xx.</summary>
    public sealed record Fail(int Status) : FakeTokenFault;

    /// <summary>Answer 429 with <c>Retry-After</c> in whole seconds and Jumio's documented body.</summary>
    public sealed record RateLimit(TimeSpan RetryAfter) : FakeTokenFault;

    /// <summary>Wait <see cref="Delay"/> on the fake's clock, then answer normally.</summary>
    public sealed record Slow(TimeSpan Delay) : FakeTokenFault;
}

/// <summary>
/// The token endpoint's fault switches. Faults wait in a queue in the order the test armed them; each token request
/// takes the next one. Thread-safe.
/// </summary>
internal sealed class FakeTokenFaults
{
    private readonly ConcurrentQueue<FakeTokenFault> _queue = new();
    private int _reuseAccessTokens;

    /// <summary>Whether the endpoint answers with its last still-valid access token, as Jumio may.</summary>
    public bool ReuseAccessTokens
    {
        get => Volatile.Read(ref _reuseAccessTokens) != 0;
        set => Volatile.Write(ref _reuseAccessTokens, value ? 1 : 0);
    }

    public void Enqueue(int count, FakeTokenFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
        {
            _queue.Enqueue(fault);
        }
    }

    public FakeTokenFault? TakeNext() => _queue.TryDequeue(out var fault) ? fault : null;

    public int Pending => _queue.Count;

    public void Clear() => _queue.Clear();
}
