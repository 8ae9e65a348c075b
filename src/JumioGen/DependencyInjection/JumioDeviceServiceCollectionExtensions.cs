using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using JumioGen;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers device-mode Jumio clients for apps that ship to end users.</summary>
public static class JumioDeviceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the generated device-mode client for <typeparamref name="TClient"/>
    /// (<c>[JumioApi(..., Mode = JumioClientMode.Device)]</c>). Returns the builder of the HttpClient that talks to
    /// YOUR server: add your app's authentication to it (in Blazor WebAssembly, cookies flow by themselves). Uploads to
    /// Jumio go through a separate client that only ever carries the transaction token.
    /// </summary>
    public static IHttpClientBuilder AddJumioDeviceClient<TClient>(this IServiceCollection services, Action<JumioDeviceOptions> configure)
        where TClient : class
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        var registration = JumioClientRegistry.Get<TClient>(JumioClientMode.Device);
        var options = new JumioDeviceOptions();
        configure(options);
        options.Validate(typeof(TClient).Name);
        var endpoints = options.ResolveEndpoints(registration.Region);
        var transactionsEndpoint = options.TransactionsEndpoint!;
        var userAgent = options.UserAgent;

        services.TryAddSingleton(TimeProvider.System);
        var jumioClientName = "JumioGen.Device.Jumio:" + typeof(TClient).FullName;
        var appServerClientName = "JumioGen.Device.AppServer:" + typeof(TClient).FullName;
        services.AddHttpClient(jumioClientName).AddHttpMessageHandler(() => new DeviceHeadersHandler(userAgent));
        services.AddTransient(sp =>
        {
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            var appServer = new JumioAppServer(factory.CreateClient(appServerClientName), transactionsEndpoint);
            return registration.Create(new JumioConnection(factory.CreateClient(jumioClientName), endpoints, sp.GetRequiredService<TimeProvider>(), appServer));
        });
        return services.AddHttpClient(appServerClientName);
    }
}
