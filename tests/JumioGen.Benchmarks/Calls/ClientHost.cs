using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace JumioGen.Benchmarks.Calls;

/// <summary>
/// One service provider holding the three clients, each registered the way its users would, all over the same stub
/// as primary handler (so all three pay the same IHttpClientFactory pipeline and the same fake "network").
/// </summary>
internal sealed class ClientHost : IDisposable
{
    private const string FloorClientName = "HandWritten";
    private const string RefitTokenClientName = "RefitToken";
    private readonly ServiceProvider _services;

    public ClientHost()
    {
        var services = new ServiceCollection();

        // JumioGen: the generated client; its token endpoint is answered by the stub too.
        services.AddJumioClient<IBenchmarkJumio>(options =>
            {
                options.ClientId = CannedJumio.ClientId;
                options.ClientSecret = CannedJumio.ClientSecret;
                options.UserAgent = CannedJumio.UserAgent;
                options.Endpoints = JumioEndpoints.SingleHost(CannedJumio.BaseAddress);
            })
            .ConfigurePrimaryHttpMessageHandler(() => Stub);
        services.AddHttpClient(JumioServiceCollectionExtensions.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => Stub);

        // The floor: a named HttpClient from the same factory and a bearer token already in hand.
        services.AddHttpClient(FloorClientName, http => http.BaseAddress = CannedJumio.BaseAddress).ConfigurePrimaryHttpMessageHandler(() => Stub);

        // Refit: the source-generated client (AddRefitClient needs Refit.Reflection, which is not available here) plus a token handler.
        services.AddHttpClient(RefitTokenClientName).ConfigurePrimaryHttpMessageHandler(() => Stub);
        services.AddRefitGeneratedClient<IRefitJumio>(JumioJsonContext.Default)
            .ConfigureHttpClient(http => http.BaseAddress = CannedJumio.BaseAddress)
            .AddHttpMessageHandler(sp => new RefitTokenHandler(
                () => sp.GetRequiredService<IHttpClientFactory>().CreateClient(RefitTokenClientName),
                new Uri(CannedJumio.BaseAddress, "oauth2/token")))
            .ConfigurePrimaryHttpMessageHandler(() => Stub);

        _services = services.BuildServiceProvider();
        JumioGen = _services.GetRequiredService<IBenchmarkJumio>();
        Refit = _services.GetRequiredService<IRefitJumio>();
        HandWritten = new HandWrittenJumioClient(_services.GetRequiredService<IHttpClientFactory>().CreateClient(FloorClientName), CannedJumio.AccessToken);
    }

    public StubJumioHandler Stub { get; } = new();

    public IBenchmarkJumio JumioGen { get; }

    public IRefitJumio Refit { get; }

    public HandWrittenJumioClient HandWritten { get; }

    public void Dispose() => _services.Dispose();
}
