using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// Access tokens per effective credential. A fresh token is returned without allocating; when none is fresh, one
/// token request is made however many callers wait (single-flight); inside the refresh window the still-valid
/// token is returned while that request runs in the background.
/// </summary>
internal sealed class AccessTokenCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TokenEndpointClient _tokenEndpoint;
    private readonly TimeProvider _time;

    public AccessTokenCache(TokenEndpointClient tokenEndpoint, TimeProvider time)
    {
        _tokenEndpoint = tokenEndpoint;
        _time = time;
    }

    public ValueTask<AccessToken> GetAsync(JumioCredential credential, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(credential.CacheKey, static _ => new Entry());
        var current = Volatile.Read(ref entry.Current);
        var now = _time.GetUtcNow();
        return current is not null && current.IsFresh(now)
            ? new ValueTask<AccessToken>(current)
            : new ValueTask<AccessToken>(RenewAsync(entry, credential, current, now, cancellationToken));
    }

    /// <summary>Forgets <paramref name="rejected"/> if it is still the cached token (a newer one is kept).</summary>
    public void Invalidate(JumioCredential credential, AccessToken rejected)
    {
        if (_entries.TryGetValue(credential.CacheKey, out var entry))
        {
            Interlocked.CompareExchange(ref entry.Current, null, rejected);
        }
    }

    private async Task<AccessToken> RenewAsync(Entry entry, JumioCredential credential, AccessToken? current, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var renewal = JoinOrStartRenewal(entry, credential);
        if (current is not null && current.IsUsable(now))
        {
            // Stale-while-revalidate: the old token still works; the renewal finishes in the background.
            return current;
        }

        return await renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<AccessToken> JoinOrStartRenewal(Entry entry, JumioCredential credential)
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

        _ = RunRenewalAsync(entry, credential, started);
        return started.Task;
    }

    private async Task RunRenewalAsync(Entry entry, JumioCredential credential, TaskCompletionSource<AccessToken> completion)
    {
        try
        {
            // Not tied to any one caller's cancellation: other callers share this request.
            var token = await _tokenEndpoint.RequestAsync(credential, CancellationToken.None).ConfigureAwait(false);
            Volatile.Write(ref entry.Current, token);
            EndRenewal(entry);
            completion.SetResult(token);
        }
        catch (Exception e)
        {
            // Cleared before failing the waiters, so the next caller tries again.
            EndRenewal(entry);
            completion.SetException(e);
            _ = completion.Task.Exception; // a background renewal may have no waiter; observe it
        }
    }

    private static void EndRenewal(Entry entry)
    {
        lock (entry)
        {
            entry.Renewal = null;
        }
    }

    private sealed class Entry
    {
        public AccessToken? Current;
        public Task<AccessToken>? Renewal;
    }
}
