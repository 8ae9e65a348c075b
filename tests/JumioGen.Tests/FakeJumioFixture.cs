using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JumioGen.Tests;

/// <summary>A FakeJumio on loopback and a generated client wired to it through DI, sharing one fake clock.</summary>
internal sealed class FakeJumioFixture : IAsyncDisposable
{
    private FakeJumioFixture(FakeJumio fake, TestClock time, ServiceProvider provider)
    {
        Fake = fake;
        Time = time;
        Provider = provider;
    }

    public FakeJumio Fake { get; }

    public TestClock Time { get; }

    public ServiceProvider Provider { get; }

    public IJumioEu Client => Provider.GetRequiredService<IJumioEu>();

    /// <summary>The container's token cache (one per container, shared by its Jumio clients).</summary>
    public AccessTokenCache Tokens => Provider.GetRequiredService<AccessTokenCache>();

    /// <param name="configure">Changes to the client's options.</param>
    /// <param name="configureServices">Runs after the client is registered, so handlers added here sit inside JumioGen's.</param>
    /// <param name="timeout">The client's HttpClient.Timeout.</param>
    /// <param name="services">Runs before the client is registered (logging, a token store, ...).</param>
    /// <param name="client">Configures the client's IHttpClientBuilder (handlers see the Authorization header).</param>
    public static async Task<FakeJumioFixture> StartAsync(
        Action<JumioClientOptions>? configure = null,
        Action<IServiceCollection, FakeJumio>? configureServices = null,
        TimeSpan? timeout = null,
        Action<IServiceCollection>? services = null,
        Action<IHttpClientBuilder>? client = null)
    {
        var time = new TestClock();
        var fake = await FakeJumio.StartAsync(new FakeJumioOptions { TimeProvider = time });
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(time);
        services?.Invoke(collection);
        var builder = collection.AddJumioClient<IJumioEu>(options =>
        {
            options.ClientId = fake.ClientId;
            options.ClientSecret = fake.ClientSecret;
            options.UserAgent = "JumioGen Tests/1.0";
            options.Endpoints = JumioEndpoints.SingleHost(fake.BaseAddress);
            configure?.Invoke(options);
        });
        client?.Invoke(builder);
        if (timeout is { } limit)
        {
            builder.ConfigureHttpClient(http => http.Timeout = limit);
        }

        configureServices?.Invoke(collection, fake);
        return new FakeJumioFixture(fake, time, collection.BuildServiceProvider());
    }

    public static AccountRequest NewAccount(string? tokenLifetime = null) => new()
    {
        CustomerInternalReference = "test-" + Guid.NewGuid().ToString("N")[..8],
        WorkflowDefinition = new WorkflowDefinition { Key = 10011 },
        TokenLifetime = tokenLifetime,
    };

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
