using JumioGen.AspNetCore;
using JumioGen.Samples;
using JumioGen.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace JumioGen.ClientSide.Server;

/// <summary>
/// The app server: serves the Blazor WebAssembly app, signs users in (demo), and for a signed-in user creates the
/// Jumio account with the access token and returns only the transactions. Without <c>Jumio:ClientId</c> in its
/// configuration (e.g. <c>Jumio__ClientId</c>) it starts FakeJumio in-process and talks to it instead.
/// </summary>
public sealed class ClientSideApp : IAsyncDisposable
{
    public const string TransactionsPath = "/api/jumio/transactions";

    private ClientSideApp(WebApplication web, FakeJumio? fake)
    {
        Web = web;
        Fake = fake;
    }

    public WebApplication Web { get; }

    /// <summary>The in-process FakeJumio, when no Jumio credentials are configured.</summary>
    public FakeJumio? Fake { get; }

    /// <summary>Where the app listens, once started.</summary>
    public Uri Address => new(Web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");

    public static async Task<ClientSideApp> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // So the static web assets of the browser app are found when a test hosts this app.
            ApplicationName = typeof(ClientSideApp).Assembly.GetName().Name,
        });
        // The browser app's files come from its build output (or the publish folder) in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        configure?.Invoke(builder);

        var jumio = builder.Configuration.GetSection("Jumio");
        FakeJumio? fake = null;
        var region = Enum.TryParse<Region>(jumio["Region"], ignoreCase: true, out var configured) ? configured : Region.EU;
        if (string.IsNullOrEmpty(jumio["ClientId"]))
        {
            // The browser uploads to the fake from this app's origin, so the fake must answer CORS.
            fake = await FakeJumio.StartAsync(new FakeJumioOptions { AllowCrossOriginRequests = true, ProcessingTime = TimeSpan.FromSeconds(2) });
            var (clientId, clientSecret, baseAddress) = (fake.ClientId, fake.ClientSecret, fake.BaseAddress);
            builder.Services.AddJumioClient<IServerJumio>(options =>
            {
                options.ClientId = clientId;
                options.ClientSecret = clientSecret;
                options.UserAgent = "JumioGen ClientSide-Sample/0.1";
                options.Endpoints = JumioEndpoints.SingleHost(baseAddress);
            });
        }
        else
        {
            builder.Services.AddJumioClient<IServerJumio>(jumio);
        }

        builder.Services.AddDemoCookie();
        builder.Services.AddAuthorization();
        var settings = new DeviceSettings(region, fake?.BaseAddress);

        var web = builder.Build();
        web.MapStaticAssets();
        web.UseAuthentication();
        web.UseAuthorization();
        web.MapPost(DemoSignIn.Path, DemoSignIn.SignInAsync);
        web.MapGet("/api/device-settings", context => context.Response.WriteAsJsonAsync(settings, DeviceSettingsJsonContext.Default.DeviceSettings));
        web.MapJumioTransactions<IServerJumio>(TransactionsPath, (client, http, cancellationToken) =>
                client.CreateAccountAsync(new AccountRequest
                {
                    CustomerInternalReference = "sample-" + http.User.Identity!.Name,
                    WorkflowDefinition = new WorkflowDefinition { Key = 10011 },
                }, cancellationToken))
            .RequireAuthorization();
        web.MapFallbackToFile("index.html");
        return new ClientSideApp(web, fake);
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        if (Fake is not null)
        {
            await Fake.DisposeAsync();
        }
    }
}
