using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// The default <see cref="IJumioTokenStore"/>: tokens shared by the clients of one process (one per dependency
/// injection container). Nothing leaves the process.
/// </summary>
public sealed class InMemoryJumioTokenStore : IJumioTokenStore
{
    private readonly ConcurrentDictionary<string, JumioStoredToken> _tokens = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<JumioStoredToken?> GetAsync(JumioTokenStoreKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(_tokens.TryGetValue(key.Id, out var token) ? token : null);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(JumioTokenStoreKey key, JumioStoredToken token, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(token);
        _tokens[key.Id] = token;
        return default;
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(JumioTokenStoreKey key, JumioStoredToken rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(rejected);
        if (_tokens.TryGetValue(key.Id, out var current) && string.Equals(current.Value, rejected.Value, StringComparison.Ordinal))
        {
            // Removes only that exact entry, so a newer token stored meanwhile survives.
            _tokens.TryRemove(new KeyValuePair<string, JumioStoredToken>(key.Id, current));
        }

        return default;
    }
}
