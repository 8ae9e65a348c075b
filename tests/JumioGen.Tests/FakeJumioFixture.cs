using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JumioGen.Tests;

/// <summary>A FakeJumio on loopback and a generated client wired to it through DI, sharing one fake clock.</summary>
internal sealed class FakeJumioFixture : IAsyncDisposable
{
    private FakeJumioFixture(FakeJumio fake, FakeTimeProvider time, ServiceProvider provider)
    {
        Fake = fake;
        Time = time;
        Provider = provider;
    }

    public FakeJumio Fake { get; }

    public FakeTimeProvider Time { get; }

    public ServiceProvider Provider { get; }

    public IJumioEu Client => Provider.GetRequiredService<IJumioEu>();

    public static async Task<FakeJumioFixture> StartAsync(Action<JumioClientOptions>? configure = null, TimeSpan? timeout = null, Action<IServiceCollection>? services = null, Action<IHttpClientBuilder>? client = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
        var fake = await FakeJumio.StartAsync(new FakeJumioOptions { TimeProvider = time });
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(time);
        services?.Invoke(collection);
        var clientConfiguration = client;
        var builder = collection.AddJumioClient<IJumioEu>(options =>
        {
            options.ClientId = fake.ClientId;
            options.ClientSecret = fake.ClientSecret;
            options.UserAgent = "JumioGen Tests/1.0";
            options.Endpoints = JumioEndpoints.SingleHost(fake.BaseAddress);
            configure?.Invoke(options);
        });
        clientConfiguration?.Invoke(builder);
        if (timeout is { } limit)
        {
            builder.ConfigureHttpClient(http => http.Timeout = limit);
        }

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
