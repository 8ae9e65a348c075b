using System;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JumioGen;

/// <summary>
/// Access tokens per effective credential (design §3):
/// <list type="bullet">
/// <item>a fresh token is returned at once, without allocating;</item>
/// <item>inside the refresh window the still-valid token is returned while ONE background renewal runs
/// (stale-while-revalidate); its failure is logged and the next call after the backoff tries again;</item>
/// <item>without a usable token, callers wait for the ONE renewal in flight (single-flight) and share its result or its
/// exception; each caller's wait is bounded by its own cancellation;</item>
/// <item>a renewal first reads the <see cref="IJumioTokenStore"/> (another instance may have renewed), then asks the
/// token endpoint — at most 10 times per second, honouring Retry-After, retrying 429/5xx/timeouts a bounded number of
/// times — and, once the waiters have it, writes the new token to the store.</item>
/// </list>
/// </summary>
internal sealed class AccessTokenCache : IDisposable
{
    private readonly ConcurrentDictionary<string, CredentialTokens> _entries = new(StringComparer.Ordinal);
    private readonly TokenEndpointClient _endpoint;
    private readonly TokenStoreAccess _store;
    private readonly TimeProvider _time;
    private readonly TokenMetrics _metrics;
    private readonly CancellationTokenSource _lifetime = new();

    // jitter: this instance's place in every refresh window, in [0, 1); random when null.
    public AccessTokenCache(
        TokenEndpointClient endpoint,
        TimeProvider time,
        IJumioTokenStore? store = null,
        ILoggerFactory? loggerFactory = null,
        IMeterFactory? meterFactory = null,
        double? jitter = null)
    {
        _endpoint = endpoint;
        _time = time;
        Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger(TokenLog.Category);
        _metrics = new TokenMetrics(meterFactory);
        _store = new TokenStoreAccess(store ?? new InMemoryJumioTokenStore(), time, Logger, _metrics);
        Jitter = jitter ?? Random.Shared.NextDouble();
    }

    public ILogger Logger { get; }

    /// <summary>Where in each refresh window this instance renews (0 = as soon as it opens, 1 = halfway through).</summary>
    public double Jitter { get; }

    public ValueTask<AccessToken> GetAsync(JumioCredential credential, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(credential.CacheKey, static (_, state) => new CredentialTokens(state.credential, state.time), (credential, time: _time));
        var current = Volatile.Read(ref entry.Current);
        var now = _time.GetUtcNow();
        if (current is not null && current.IsUsable(now))
        {
            if (!current.IsFresh(now) && Volatile.Read(ref entry.Renewal) is null)
            {
                // Stale-while-revalidate: the old token still works; the renewal finishes in the background.
                JoinOrStartRenewal(entry);
            }

            _metrics.CacheHits.Add(1, entry.Tags.Address, entry.Tags.Port);
            return new ValueTask<AccessToken>(current);
        }

        _metrics.CacheMisses.Add(1, entry.Tags.Address, entry.Tags.Port);
        return new ValueTask<AccessToken>(JoinOrStartRenewal(entry).WaitAsync(cancellationToken));
    }

    /// <summary>
    /// Forgets <paramref name="rejected"/> (Jumio answered 401 to it) if it is still the cached token; a newer one is
    /// kept. Returns whether it was dropped.
    /// </summary>
    public bool Invalidate(JumioCredential credential, AccessToken rejected)
    {
        if (!_entries.TryGetValue(credential.CacheKey, out var entry))
        {
            return false;
        }

        // Remembered first, so a renewal that starts right after the drop cannot take it back from the store.
        Volatile.Write(ref entry.RejectedValue, rejected.Value);
        return ReferenceEquals(Interlocked.CompareExchange(ref entry.Current, null, rejected), rejected);
    }

    /// <summary>The earliest moment any cached token of this instance is due for renewal (tests step time by it).</summary>
    internal DateTimeOffset? NextRefreshPoint =>
        _entries.Values.Select(e => Volatile.Read(ref e.Current)?.RefreshPoint).Where(p => p is not null).Min();

    /// <summary>Completes when no renewal and no store write is in flight (tests wait for background work with it).</summary>
    internal async Task WhenIdleAsync()
    {
        while (true)
        {
            var running = _entries.Values
                .SelectMany(e => new Task?[] { Volatile.Read(ref e.Renewal), Volatile.Read(ref e.PendingWrite) })
                .OfType<Task>()
                .Where(t => !t.IsCompleted)
                .ToArray();
            if (running.Length == 0)
            {
                return;
            }

            try
            {
                await Task.WhenAll(running).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Failures are the renewal's business (logged there); idle is idle.
            }
        }
    }

    public void Dispose() => _lifetime.Cancel();

    private Task<AccessToken> JoinOrStartRenewal(CredentialTokens entry)
    {
        TaskCompletionSource<AccessToken> started;
        lock (entry)
        {
            if (entry.Renewal is { } running)
            {
                return running;
            }

            started = new TaskCompletionSource<AccessToken>(TaskCreationOptions.RunContinuationsAsynchronously);
            entry.Renewal = started.Task;
        }

        _ = RunRenewalAsync(entry, started);
        return started.Task;
    }

    private async Task RunRenewalAsync(CredentialTokens entry, TaskCompletionSource<AccessToken> completion)
    {
        AccessToken token;
        bool fromEndpoint;
        try
        {
            // Not tied to any one caller's cancellation: other callers share this renewal.
            (token, fromEndpoint) = await AcquireAsync(entry, _lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            ReportFailure(entry, e);
            // Cleared before failing the waiters, so the next caller tries again.
            EndRenewal(entry);
            completion.SetException(e);
            _ = completion.Task.Exception; // a background renewal may have no waiter; observe it
            return;
        }

        Volatile.Write(ref entry.Current, token);

        // Shared through the store, started before the waiters are released (an in-memory store is done at once) but
        // awaited after, so a slow store never delays a call by its write.
        var write = fromEndpoint ? _store.SetAsync(entry, token, _lifetime.Token) : null;
        Volatile.Write(ref entry.PendingWrite, write);
        EndRenewal(entry);
        completion.SetResult(token);
        if (write is not null)
        {
            try
            {
                await write.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // disposed meanwhile
            }
        }
    }

    private void ReportFailure(CredentialTokens entry, Exception e)
    {
        if (e is OperationCanceledException && _lifetime.IsCancellationRequested)
        {
            return; // the cache is being disposed
        }

        var current = Volatile.Read(ref entry.Current);
        var background = current is not null && current.IsUsable(_time.GetUtcNow());
        _metrics.RefreshFailures.Add(1, TokenMetrics.RefreshKind(background), entry.Tags.Address, entry.Tags.Port);
        var failure = TokenRetryPolicy.Describe(e);
        if (background)
        {
            TokenLog.BackgroundRefreshFailed(Logger, entry.Credential.ClientId, failure, current!.ExpiresAt, e);
        }
        else
        {
            TokenLog.Unavailable(Logger, entry.Credential.ClientId, failure, e);
        }
    }

    private static void EndRenewal(CredentialTokens entry)
    {
        lock (entry)
        {
            entry.Renewal = null;
        }
    }

    /// <returns>The token, and whether it came from the endpoint (and so is to be shared through the store).</returns>
    private async Task<(AccessToken Token, bool FromEndpoint)> AcquireAsync(CredentialTokens entry, CancellationToken cancellationToken)
    {
        var credential = entry.Credential;

        // 1. Another instance sharing the store (or another client of this process) may have renewed already.
        var stored = await _store.GetAsync(entry, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            if (string.Equals(stored.Value, Volatile.Read(ref entry.RejectedValue), StringComparison.Ordinal))
            {
                await _store.RemoveAsync(entry, stored, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var shared = AccessToken.Restore(stored.Value, stored.ObtainedAt, stored.ExpiresAt, credential.RefreshBeforeExpiry, Jitter);
                var current = Volatile.Read(ref entry.Current);
                var now = _time.GetUtcNow();
                // A stored token that is fresh for us, or usable and not the very token we are renewing, saves a request.
                if (shared.IsFresh(now) || (shared.IsUsable(now) && !string.Equals(shared.Value, current?.Value, StringComparison.Ordinal)))
                {
                    TokenLog.FromStore(Logger, credential.ClientId, shared.ExpiresAt);
                    return (shared, false);
                }
            }
        }

        // 2. The token endpoint (the caller shares the result through the store).
        return (await RequestAsync(entry, cancellationToken).ConfigureAwait(false), true);
    }

    private async Task<AccessToken> RequestAsync(CredentialTokens entry, CancellationToken cancellationToken)
    {
        var credential = entry.Credential;
        for (var attempt = 1; ; attempt++)
        {
            await WaitForTurnAsync(entry, cancellationToken).ConfigureAwait(false);
            TokenLog.Requesting(Logger, credential.ClientId, credential.TokenEndpoint.GetLeftPart(UriPartial.Path), attempt, TokenRetryPolicy.MaxAttempts);
            try
            {
                var issued = await _endpoint.RequestAsync(credential, cancellationToken).ConfigureAwait(false);
                _metrics.TokenRequests.Add(1, TokenMetrics.Outcome("success"), entry.Tags.Address, entry.Tags.Port);
                entry.ConsecutiveFailures = 0;
                var token = AccessToken.Create(issued.Value, issued.ExpiresIn, _time.GetUtcNow(), credential.RefreshBeforeExpiry, Jitter);
                TokenLog.Obtained(Logger, credential.ClientId, token.ExpiresAt, token.RefreshPoint);
                return token;
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                _metrics.TokenRequests.Add(1, TokenMetrics.Outcome(TokenRetryPolicy.Describe(e)), entry.Tags.Address, entry.Tags.Port);
                if (!TokenRetryPolicy.IsTransient(e))
                {
                    throw;
                }

                // Remembered beyond this renewal, so the next one also honours Retry-After and the backoff.
                var delay = TokenRetryPolicy.DelayAfter(e, ++entry.ConsecutiveFailures, Random.Shared.NextDouble());
                entry.RetryNotBefore = _time.GetUtcNow() + delay;
                if (attempt >= TokenRetryPolicy.MaxAttempts)
                {
                    throw;
                }

                TokenLog.Retrying(Logger, credential.ClientId, TokenRetryPolicy.Describe(e), attempt, TokenRetryPolicy.MaxAttempts, delay);
            }
        }
    }

    /// <summary>Waits out a backoff or Retry-After, then for a permit of the 10-per-second limit.</summary>
    private async Task WaitForTurnAsync(CredentialTokens entry, CancellationToken cancellationToken)
    {
        var wait = entry.RetryNotBefore - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            TokenLog.Waiting(Logger, entry.Credential.ClientId, wait, "backoff after a failed token request");
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }

        using var immediate = entry.RateLimiter.AttemptAcquire();
        if (immediate.IsAcquired)
        {
            return;
        }

        if (immediate.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var throttled))
        {
            TokenLog.Waiting(Logger, entry.Credential.ClientId, throttled, "at most 10 token requests per second");
        }

        using var lease = await entry.RateLimiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
    }
}
