using System;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;
using JumioGen;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses where JumioGen shares access tokens.</summary>
public static class JumioTokenStoreServiceCollectionExtensions
{
    /// <summary>
    /// Shares access tokens through the registered <see cref="IDistributedCache"/> (e.g.
    /// <c>services.AddStackExchangeRedisCache(...)</c>), so a fleet of instances asks Jumio for one token per refresh
    /// window instead of one per instance. Entries are keyed by a hash of the credential and encrypted with a key derived
    /// from the client secret. A cache that fails or is slow is treated as a miss: tokens are then fetched as usual.
    /// </summary>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddJumioDistributedTokenStore(this IServiceCollection services)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        services.RemoveAll<IJumioTokenStore>();
        services.AddSingleton<IJumioTokenStore>(static sp => new DistributedJumioTokenStore(sp.GetRequiredService<IDistributedCache>()));
        return services;
    }
}
