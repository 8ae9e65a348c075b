using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace JumioGen;

/// <summary>
/// Calls the <see cref="IJumioTokenStore"/> so that it can never cause an outage: every exception, unreadable entry
/// or answer slower than <see cref="Timeout"/> is logged, counted and treated as a miss (or a skipped write).
/// </summary>
internal sealed class TokenStoreAccess
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly IJumioTokenStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TokenMetrics _metrics;

    public TokenStoreAccess(IJumioTokenStore store, TimeProvider time, ILogger logger, TokenMetrics metrics)
    {
        _store = store;
        _time = time;
        _logger = logger;
        _metrics = metrics;
    }

    public async Task<JumioStoredToken?> GetAsync(CredentialTokens entry, CancellationToken cancellationToken)
    {
        try
        {
            return await Bounded(_store.GetAsync(entry.Credential.StoreKey, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsFault(e, cancellationToken))
        {
            Fault("read", entry, e);
            return null;
        }
    }

    public async Task SetAsync(CredentialTokens entry, AccessToken token, CancellationToken cancellationToken)
    {
        var timeToLive = token.ExpiresAt - _time.GetUtcNow();
        if (timeToLive <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Bounded(_store.SetAsync(entry.Credential.StoreKey, token.ToStored(), timeToLive, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsFault(e, cancellationToken))
        {
            Fault("write", entry, e);
        }
    }

    public async Task RemoveAsync(CredentialTokens entry, JumioStoredToken rejected, CancellationToken cancellationToken)
    {
        try
        {
            await Bounded(_store.RemoveAsync(entry.Credential.StoreKey, rejected, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsFault(e, cancellationToken))
        {
            Fault("remove", entry, e);
        }
    }

    private static bool IsFault(Exception e, CancellationToken cancellationToken) =>
        !(e is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private void Fault(string operation, CredentialTokens entry, Exception e)
    {
        _metrics.StoreErrors.Add(1, entry.Tags.Address, entry.Tags.Port);
        TokenLog.StoreFault(_logger, operation, entry.Credential.ClientId, e);
    }

    // A store that completed synchronously (the in-memory one) costs no timer.
    private Task<T> Bounded<T>(ValueTask<T> operation, CancellationToken cancellationToken) =>
        operation.IsCompletedSuccessfully ? Task.FromResult(operation.Result) : operation.AsTask().WaitAsync(Timeout, _time, cancellationToken);

    private Task Bounded(ValueTask operation, CancellationToken cancellationToken) =>
        operation.IsCompletedSuccessfully ? Task.CompletedTask : operation.AsTask().WaitAsync(Timeout, _time, cancellationToken);
}
