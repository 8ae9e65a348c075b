using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

namespace JumioGen;

/// <summary>
/// An <see cref="IJumioTokenStore"/> over any <see cref="IDistributedCache"/> (Redis, SQL Server, …), so a fleet of
/// instances shares one access token per credential. Entries are keyed by <see cref="JumioTokenStoreKey.Id"/> (a hash
/// of the credential) and encrypted with AES-256-GCM under a key derived from the client secret: the cache never
/// sees the secret or a usable token. Register it with <c>services.AddJumioDistributedTokenStore()</c>.
/// </summary>
public sealed class DistributedJumioTokenStore : IJumioTokenStore
{
    private readonly IDistributedCache _cache;

    /// <summary>Creates the store.</summary>
    /// <param name="cache">The shared cache.</param>
    public DistributedJumioTokenStore(IDistributedCache cache)
    {
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
    }

    /// <inheritdoc />
    /// <exception cref="System.IO.InvalidDataException">The entry is not one this store wrote under this key.</exception>
    public async ValueTask<JumioStoredToken?> GetAsync(JumioTokenStoreKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var entry = await _cache.GetAsync(key.Id, cancellationToken).ConfigureAwait(false);
        return entry is null ? null : StoredTokenProtector.Unprotect(key, entry);
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(JumioTokenStoreKey key, JumioStoredToken token, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(token);
        if (timeToLive <= TimeSpan.Zero)
        {
            return;
        }

        // Relative, not absolute: the cache's clock need not agree with ours.
        var options = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = timeToLive };
        await _cache.SetAsync(key.Id, StoredTokenProtector.Protect(key, token), options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>A distributed cache has no compare-and-delete: a token stored between the read and the removal may be
    /// removed too, which costs one extra token request, never a wrong token.</remarks>
    public async ValueTask RemoveAsync(JumioTokenStoreKey key, JumioStoredToken rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(rejected);
        var current = await GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (current is not null && string.Equals(current.Value, rejected.Value, StringComparison.Ordinal))
        {
            await _cache.RemoveAsync(key.Id, cancellationToken).ConfigureAwait(false);
        }
    }
}
