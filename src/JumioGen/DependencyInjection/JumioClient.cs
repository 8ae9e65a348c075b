using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace JumioGen;

/// <summary>Builds a generated Jumio client without dependency injection.</summary>
public static class JumioClient
{
    /// <summary>
    /// Creates the generated client for <typeparamref name="TClient"/>. Options are validated first
    /// (<see cref="Microsoft.Extensions.Options.OptionsValidationException"/> lists every problem). The client owns its
    /// token cache; keep it for the life of the application rather than creating one per call.
    /// </summary>
    /// <param name="options">Credentials, User-Agent and endpoints.</param>
    /// <param name="innerHandler">The handler that sends requests (default: a pooled <see cref="SocketsHttpHandler"/>).</param>
    /// <param name="timeProvider">The clock for token expiry and transaction deadlines (default: the system clock).</param>
    /// <param name="loggerFactory">Where token events are logged (category <c>JumioGen.Tokens</c>; default: nowhere).</param>
    /// <param name="tokenStore">Where access tokens are shared (default: a store private to this client).</param>
    public static TClient Create<TClient>(
        JumioClientOptions options,
        HttpMessageHandler? innerHandler = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        IJumioTokenStore? tokenStore = null)
        where TClient : class
    {
        var registration = JumioClientRegistry.Get<TClient>(JumioClientMode.Server);
        JumioClientOptionsValidator.ThrowIfInvalid(options, registration.Region, typeof(TClient).Name);
        var snapshot = options.Clone();
        var endpoints = snapshot.ResolveEndpoints(registration.Region);
        var time = timeProvider ?? TimeProvider.System;
        var transport = innerHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var tokens = new AccessTokenCache(new TokenEndpointClient(() => new HttpClient(transport, disposeHandler: false), time), time, tokenStore, loggerFactory);
        var authenticated = new JumioAuthenticationHandler(tokens, JumioCredential.From(snapshot, endpoints)) { InnerHandler = transport };
        return registration.Create(new JumioConnection(new HttpClient(authenticated), endpoints, time));
    }

    /// <summary>
    /// Creates the generated device-mode client for <typeparamref name="TClient"/>: it starts at your server and
    /// uploads to Jumio with transaction tokens only. It holds no client secret and never gets an access token.
    /// </summary>
    /// <param name="options">Your server's transactions endpoint, and the Jumio region or endpoints.</param>
    /// <param name="appServerClient">The client for your server, carrying your app's authentication.</param>
    /// <param name="jumioHandler">The handler that sends uploads to Jumio (default: a pooled <see cref="SocketsHttpHandler"/>).</param>
    /// <param name="timeProvider">The clock for transaction deadlines.</param>
    public static TClient CreateDevice<TClient>(JumioDeviceOptions options, HttpClient appServerClient, HttpMessageHandler? jumioHandler = null, TimeProvider? timeProvider = null)
        where TClient : class
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (appServerClient is null) throw new ArgumentNullException(nameof(appServerClient));
        var registration = JumioClientRegistry.Get<TClient>(JumioClientMode.Device);
        options.Validate(typeof(TClient).Name);
        var jumio = new HttpClient(new DeviceHeadersHandler(options.UserAgent) { InnerHandler = jumioHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } });
        var appServer = new JumioAppServer(appServerClient, options.TransactionsEndpoint!);
        return registration.Create(new JumioConnection(jumio, options.ResolveEndpoints(registration.Region), timeProvider, appServer));
    }
}
