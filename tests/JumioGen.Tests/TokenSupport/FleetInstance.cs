using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JumioGen.Tests;

/// <summary>One "process" of a fleet: its own DI container, Jumio client and token cache, on a shared clock and FakeJumio.</summary>
internal sealed class FleetInstance : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private FleetInstance(ServiceProvider provider)
    {
        _provider = provider;
    }

    public IJumioEu Client => _provider.GetRequiredService<IJumioEu>();

    public AccessTokenCache Tokens => _provider.GetRequiredService<AccessTokenCache>();

    public static FleetInstance Start(FakeJumio fake, TestClock clock, Action<IServiceCollection>? configureStore)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddJumioClient<IJumioEu>(options =>
        {
            options.ClientId = fake.ClientId;
            options.ClientSecret = fake.ClientSecret;
            options.UserAgent = "JumioGen Fleet/1.0";
            options.Endpoints = JumioEndpoints.SingleHost(fake.BaseAddress);
        });
        configureStore?.Invoke(services);
        return new FleetInstance(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
