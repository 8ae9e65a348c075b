using System;
using System.Diagnostics.Metrics;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using JumioGen;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers generated Jumio clients with <see cref="IHttpClientFactory"/>.</summary>
public static class JumioServiceCollectionExtensions
{
    /// <summary>The named client the token endpoint is called through (add handlers to it to observe token calls).</summary>
    public const string TokenHttpClientName = "JumioGen.TokenEndpoint";

    /// <summary>
    /// Registers the generated client for <typeparamref name="TClient"/>. The options are validated now: a missing
    /// ClientId/ClientSecret/UserAgent or a plain-http non-loopback endpoint throws
    /// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> listing every problem.
    /// </summary>
    /// <returns>The client's <see cref="IHttpClientBuilder"/>, to add your own handlers or resilience.</returns>
    public static IHttpClientBuilder AddJumioClient<TClient>(this IServiceCollection services, Action<JumioClientOptions> configure)
        where TClient : class
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        var options = new JumioClientOptions();
        configure(options);
        return Register<TClient>(services, options);
    }

    /// <summary>
    /// Registers the generated client for <typeparamref name="TClient"/> from a configuration section with keys
    /// <c>ClientId</c>, <c>ClientSecret</c>, <c>UserAgent</c>, and optionally <c>Region</c> (US, EU, SG),
    /// <c>BaseAddress</c> (one host for every service, e.g. a proxy) and <c>RefreshBeforeExpiry</c> (hh:mm:ss).
    /// </summary>
    public static IHttpClientBuilder AddJumioClient<TClient>(this IServiceCollection services, IConfiguration section)
        where TClient : class
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (section is null) throw new ArgumentNullException(nameof(section));
        return Register<TClient>(services, JumioConfiguration.Read(section, typeof(TClient).Name));
    }

    private static IHttpClientBuilder Register<TClient>(IServiceCollection services, JumioClientOptions options)
        where TClient : class
    {
        var registration = JumioClientRegistry.Get<TClient>(JumioClientMode.Server);
        JumioClientOptionsValidator.ThrowIfInvalid(options, registration.Region, typeof(TClient).Name);
        var snapshot = options.Clone();
        var endpoints = snapshot.ResolveEndpoints(registration.Region);
        var credential = JumioCredential.From(snapshot, endpoints);

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(TokenHttpClientName);
        // TryAdd: a store registered before or after this call (AddJumioDistributedTokenStore, your own) wins.
        services.TryAddSingleton<IJumioTokenStore, InMemoryJumioTokenStore>();
        services.TryAddSingleton(static sp =>
        {
            var time = sp.GetRequiredService<TimeProvider>();
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            return new AccessTokenCache(
                new TokenEndpointClient(() => factory.CreateClient(TokenHttpClientName), time),
                time,
                sp.GetRequiredService<IJumioTokenStore>(),
                sp.GetService<ILoggerFactory>(),
                sp.GetService<IMeterFactory>());
        });

        return services
            .AddHttpClient("JumioGen:" + typeof(TClient).FullName)
            .AddTypedClient<TClient>((http, sp) => registration.Create(new JumioConnection(http, endpoints, sp.GetRequiredService<TimeProvider>())))
            .AddHttpMessageHandler(sp => new JumioAuthenticationHandler(sp.GetRequiredService<AccessTokenCache>(), credential));
    }
}
