using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JumioGen.Testing;

/// <summary>
/// A real HTTP server (Kestrel on <c>http://127.0.0.1</c>, a free port) that behaves like Jumio's KYX REST APIs:
/// the OAuth2 token endpoint, accounts, credential uploads, finalize, retrieval, deletion and health, all on
/// <see cref="BaseAddress"/>. Start one per test with <see cref="StartAsync"/> and dispose it when done.
/// </summary>
public sealed partial class FakeJumio : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly FakeTokenIssuer _tokens;
    private readonly RouteCounters _counters;
    private readonly FakeFaultSwitch _faults;
    private readonly FakeTokenFaults _tokenFaults;
    private int _disposed;

    private FakeJumio(WebApplication app, Uri baseAddress, string clientId, string clientSecret, FakeTokenIssuer tokens, RouteCounters counters, FakeFaultSwitch faults, FakeTokenFaults tokenFaults)
    {
        _faults = faults;
        _tokenFaults = tokenFaults;
        _app = app;
        BaseAddress = baseAddress;
        ClientId = clientId;
        ClientSecret = clientSecret;
        _tokens = tokens;
        _counters = counters;
    }

    /// <summary>
    /// The server's root, with a trailing slash, e.g. <c>http://127.0.0.1:43123/</c>. Every Jumio service (token,
    /// account, api, retrieval, status) is served here; the token endpoint is <c>{BaseAddress}oauth2/token</c>.
    /// </summary>
    public Uri BaseAddress { get; }

    /// <summary>The client id the token endpoint accepts.</summary>
    public string ClientId { get; }

    /// <summary>The client secret the token endpoint accepts.</summary>
    public string ClientSecret { get; }

    /// <summary>How many requests reached <c>POST /oauth2/token</c>, whether they succeeded or not.</summary>
    public int TokenRequests => _counters.TokenRequests;

    /// <summary>How many requests reached any other path (including health and paths that match no route).</summary>
    public int ApiCalls => _counters.ApiCalls;

    /// <summary>Starts a fake on a free loopback port.</summary>
    /// <param name="options">Credentials, clock and timings; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running fake; dispose it to stop the server.</returns>
    /// <exception cref="ArgumentException">An option is empty or out of range.</exception>
    public static async Task<FakeJumio> StartAsync(FakeJumioOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeJumioOptions();
        // Options are read once, so changing the instance afterwards cannot half-change a running server.
        var clientId = options.ClientId;
        var clientSecret = options.ClientSecret;
        var time = options.TimeProvider ?? throw new ArgumentException("TimeProvider must not be null.", nameof(options));
        var accessTokenLifetime = options.AccessTokenLifetime;
        var processingTime = options.ProcessingTime;
        var allowCrossOrigin = options.AllowCrossOriginRequests;
        if (string.IsNullOrEmpty(clientId) || clientId.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("ClientId must be non-empty and must not contain ':' (it is sent as Basic id:secret).", nameof(options));
        }

        if (string.IsNullOrEmpty(clientSecret))
        {
            throw new ArgumentException("ClientSecret must be non-empty.", nameof(options));
        }

        if (accessTokenLifetime < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException("AccessTokenLifetime must be at least one second.", nameof(options));
        }

        if (processingTime < TimeSpan.Zero)
        {
            throw new ArgumentException("ProcessingTime must not be negative.", nameof(options));
        }

        var app = BuildApplication();
        if (allowCrossOrigin)
        {
            FakeCrossOrigin.Use(app);
        }

        var address = new FakeServerAddress();
        var tokens = new FakeTokenIssuer(time, accessTokenLifetime, address);
        var counters = new RouteCounters();
        var store = new FakeAccountStore(time, processingTime);
        var faults = new FakeFaultSwitch();
        var tokenFaults = new FakeTokenFaults();
        new FakeRoutes(tokens, store, counters, address, time, clientId, clientSecret, accessTokenLifetime, faults, tokenFaults).Map(app);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            // Port 0 means "any free port": the bound one is only known from the server after it started.
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel did not report the address it bound.");
            address.Value = new Uri(bound.TrimEnd('/') + "/");
            return new FakeJumio(app, address.Value, clientId, clientSecret, tokens, counters, faults, tokenFaults);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>How many requests matched the named route, whatever their outcome (including 401/403/404/429 answers).</summary>
    /// <param name="routeName">
    /// One of <c>token</c>, <c>createAccount</c>, <c>updateAccount</c>, <c>uploadPart</c>, <c>finalize</c>, <c>status</c>,
    /// <c>details</c>, <c>image</c>, <c>deleteAccount</c>, <c>deleteWorkflow</c>, <c>health</c>.
    /// </param>
    /// <returns>The number of requests.</returns>
    /// <exception cref="ArgumentException">The route name is not one of the above.</exception>
    public int CallsTo(string routeName) => _counters.CallsTo(routeName);

    /// <summary>
    /// The Authorization scheme of the last request on the named route: <c>"Bearer"</c>, <c>"Basic"</c>, <c>"Other"</c>,
    /// or null when it had no Authorization header or the route was never called. Only the scheme is kept, never the credentials.
    /// </summary>
    /// <param name="routeName">A route name, as for <see cref="CallsTo"/>.</param>
    /// <returns>The scheme, or null.</returns>
    /// <exception cref="ArgumentException">The route name is unknown.</exception>
    public string? LastAuthorizationScheme(string routeName) => _counters.LastScheme(routeName);

    /// <summary>
    /// Makes every access token issued so far invalid (401 with <c>WWW-Authenticate: Bearer error="invalid_token"</c>),
    /// as when Jumio rotates or revokes tokens; tokens requested afterwards work. Transaction tokens are not affected.
    /// </summary>
    public void RevokeAccessTokens() => _tokens.RevokeAccessTokens();

    /// <summary>
    /// Makes the next <paramref name="times"/> requests to a route misbehave (a status, Jumio's 429, a broken body, a
    /// reset connection, a delay), then the route behaves normally again. Faulted requests are still counted.
    /// </summary>
    /// <param name="routeName">A route name from <see cref="FakeRouteNames"/>, e.g. <c>FakeRouteNames.Token</c>.</param>
    /// <param name="fault">What to do, e.g. <c>FakeFault.Status(503)</c>.</param>
    /// <param name="times">How many requests in a row get the fault.</param>
    /// <exception cref="ArgumentException">The route name is unknown or <paramref name="times"/> is not positive.</exception>
    public void InjectFault(string routeName, FakeFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        _ = _counters.CallsTo(routeName); // validates the name
        if (times < 1)
        {
            throw new ArgumentException("times must be at least 1.", nameof(times));
        }

        _faults.Add(routeName, fault, times);
    }

    /// <summary>Removes every fault that has not been used yet.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>Stops the server and releases its port.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static WebApplication BuildApplication()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(FakeJumio).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Isolate the fake from the host test project: no appsettings.json, ASPNETCORE_URLS or Kestrel section may
        // move its port or add endpoints.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.None);
        builder.Services.AddSingleton<IHostLifetime, SilentHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Above the 15 MB part limit, so oversized images get Jumio's 400 rather than Kestrel's 413.
            kestrel.Limits.MaxRequestBodySize = 64L * 1024 * 1024;
        });

        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        return app;
    }
}
