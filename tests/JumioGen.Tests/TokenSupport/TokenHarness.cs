using JumioGen.Testing;

namespace JumioGen.Tests;

/// <summary>
/// An <see cref="AccessTokenCache"/> wired straight to a real FakeJumio (loopback Kestrel), on a shared
/// <see cref="TestClock"/>, with its logs, its metrics and its token traffic captured.
/// </summary>
internal sealed class TokenHarness : IAsyncDisposable
{
    private readonly List<IDisposable> _owned = [];

    private TokenHarness(FakeJumio fake, TestClock clock)
    {
        Fake = fake;
        Clock = clock;
        Traffic = new TokenTraffic(clock) { InnerHandler = new SocketsHttpHandler() };
        HttpClient = new HttpClient(Traffic);
        Metrics = new MetricCapture(fake.BaseAddress.Port);
        LoggerFactory = Logs.CreateFactory();
        _owned.AddRange([HttpClient, Metrics, LoggerFactory]);
    }

    public FakeJumio Fake { get; }

    public TestClock Clock { get; }

    public TokenTraffic Traffic { get; }

    public HttpClient HttpClient { get; }

    public LogCapture Logs { get; } = new();

    public Microsoft.Extensions.Logging.ILoggerFactory LoggerFactory { get; }

    public MetricCapture Metrics { get; }

    public AccessTokenCache Cache { get; private set; } = null!;

    /// <summary>The credential FakeJumio accepts, renewing <c>refreshBeforeExpiry</c> early (default 5 minutes).</summary>
    public JumioCredential Credential { get; private set; } = null!;

    public static async Task<TokenHarness> StartAsync(
        double jitter = 0, TimeSpan? refreshBeforeExpiry = null, IJumioTokenStore? store = null, TestClock? clock = null)
    {
        clock ??= new TestClock();
        var fake = await FakeJumio.StartAsync(new FakeJumioOptions { TimeProvider = clock });
        var harness = new TokenHarness(fake, clock);
        harness.Credential = harness.CredentialWith(refreshBeforeExpiry: refreshBeforeExpiry);
        harness.Cache = harness.NewCache(jitter, store);
        return harness;
    }

    /// <summary>Another independent cache (another "instance") on the same fake, clock and captures.</summary>
    public AccessTokenCache NewCache(double jitter, IJumioTokenStore? store = null)
    {
        var cache = new AccessTokenCache(new TokenEndpointClient(() => HttpClient, Clock), Clock, store, LoggerFactory, null, jitter);
        _owned.Add(cache);
        return cache;
    }

    public JumioCredential CredentialWith(string? secret = null, string? clientId = null, Uri? tokenEndpoint = null, TimeSpan? refreshBeforeExpiry = null) =>
        new(
            tokenEndpoint ?? new Uri(Fake.BaseAddress, "oauth2/token"),
            clientId ?? Fake.ClientId,
            secret ?? Fake.ClientSecret,
            "JumioGen Tests/1.0",
            refreshBeforeExpiry ?? TimeSpan.FromMinutes(5));

    /// <summary>A token for <see cref="Credential"/>; a broken cache fails the test after 30 s of real time instead of hanging it.</summary>
    public Task<AccessToken> GetAsync(CancellationToken cancellationToken = default) =>
        Cache.GetAsync(Credential, cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        await Fake.DisposeAsync();
    }
}
