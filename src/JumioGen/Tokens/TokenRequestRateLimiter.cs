using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// Jumio's token limit, kept on our side: at most <see cref="PermitLimit"/> token requests in any one-second span
/// (a sliding log, the strictest reading of "10 per second"). It implements <see cref="RateLimiter"/> on a
/// <see cref="TimeProvider"/> because the built-in limiters read the Stopwatch even when replenished by hand, and
/// tests drive time with a fake clock.
/// </summary>
internal sealed class TokenRequestRateLimiter : RateLimiter
{
    public const int PermitLimit = 10;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private static readonly RateLimitLease Granted = new Lease(true, null);

    private readonly Queue<DateTimeOffset> _grants = new();
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private DateTimeOffset _lastGrant = DateTimeOffset.MinValue;
    private long _successfulLeases;
    private long _failedLeases;

    public TokenRequestRateLimiter(TimeProvider time)
    {
        _time = time;
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                Prune(now);
                return _grants.Count == 0 && _lastGrant != DateTimeOffset.MinValue ? now - _lastGrant : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Prune(_time.GetUtcNow());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = PermitLimit - _grants.Count,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = Interlocked.Read(ref _successfulLeases),
                TotalFailedLeases = Interlocked.Read(ref _failedLeases),
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (permitCount is < 0 or > PermitLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, $"Between 0 and {PermitLimit} permits can be asked for.");
        }

        lock (_gate)
        {
            var now = _time.GetUtcNow();
            Prune(now);
            if (_grants.Count + permitCount > PermitLimit)
            {
                Interlocked.Increment(ref _failedLeases);
                // The oldest grant leaves the window exactly one second after it was made.
                return new Lease(false, _grants.Peek() + Window - now);
            }

            for (var i = 0; i < permitCount; i++)
            {
                _grants.Enqueue(now);
            }

            if (permitCount > 0)
            {
                _lastGrant = now;
                Interlocked.Increment(ref _successfulLeases);
            }

            return Granted;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        while (true)
        {
            var lease = AttemptAcquireCore(permitCount);
            if (lease.IsAcquired || !lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            {
                return lease;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_grants.Count > 0 && _grants.Peek() + Window <= now)
        {
            _grants.Dequeue();
        }
    }

    private sealed class Lease : RateLimitLease
    {
        private static readonly string[] RetryAfterName = [MetadataName.RetryAfter.Name];
        private readonly TimeSpan? _retryAfter;

        public Lease(bool isAcquired, TimeSpan? retryAfter)
        {
            IsAcquired = isAcquired;
            _retryAfter = retryAfter;
        }

        public override bool IsAcquired { get; }

        public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : RetryAfterName;

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = retryAfter;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
