using System;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// Where access tokens are shared beyond one client: <see cref="InMemoryJumioTokenStore"/> (the default, one process)
/// or <see cref="DistributedJumioTokenStore"/> (an <c>IDistributedCache</c> such as Redis, for a fleet).
/// JumioGen keeps its own in-process copy and consults the store only when that copy is missing or due for renewal.
/// </summary>
/// <remarks>
/// A store is a cache, not a source of truth: JumioGen treats every exception, timeout or unreadable entry as a
/// miss and asks the token endpoint instead. The token is a bearer credential: a custom store must protect what it
/// keeps (the built-in distributed store encrypts it).
/// </remarks>
public interface IJumioTokenStore
{
    /// <summary>The token stored under <paramref name="key"/>, or <see langword="null"/>.</summary>
    /// <param name="key">Identifies the credential; <see cref="JumioTokenStoreKey.Id"/> is safe to use as a cache key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<JumioStoredToken?> GetAsync(JumioTokenStoreKey key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="token"/> under <paramref name="key"/>, replacing what was there.</summary>
    /// <param name="key">Identifies the credential.</param>
    /// <param name="token">The token.</param>
    /// <param name="timeToLive">How long the token remains valid; the entry may be dropped after that.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask SetAsync(JumioTokenStoreKey key, JumioStoredToken token, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Removes the entry under <paramref name="key"/> if it still holds <paramref name="rejected"/> (Jumio refused it).</summary>
    /// <param name="key">Identifies the credential.</param>
    /// <param name="rejected">The token Jumio refused; a different (newer) token under the key is kept.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    ValueTask RemoveAsync(JumioTokenStoreKey key, JumioStoredToken rejected, CancellationToken cancellationToken);
}
