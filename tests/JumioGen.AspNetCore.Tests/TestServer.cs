using System.Security.Claims;
using System.Text.Encodings.Web;
using JumioGen.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JumioGen.AspNetCore.Tests;

[JumioApi(Region.EU)]
public partial interface IServerJumio;

/// <summary>An app server on loopback, talking to FakeJumio, with a header-based test login (X-User).</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private TestServer(WebApplication app, FakeJumio fake, Uri address)
    {
        App = app;
        Fake = fake;
        Address = address;
    }

    public WebApplication App { get; }

    public FakeJumio Fake { get; }

    public Uri Address { get; }

    public static async Task<TestServer> StartAsync(Action<IEndpointConventionBuilder>? configureEndpoint = null, Action<IHttpClientBuilder>? configureClient = null)
    {
        var fake = await FakeJumio.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var client = builder.Services.AddJumioClient<IServerJumio>(o =>
        {
            o.ClientId = fake.ClientId;
            o.ClientSecret = fake.ClientSecret;
            o.UserAgent = "JumioGen ServerTests/1.0";
            o.Endpoints = JumioEndpoints.SingleHost(fake.BaseAddress);
        });
        configureClient?.Invoke(client);
        builder.Services.AddAuthentication("Header").AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>("Header", null);
        builder.Services.AddAuthorization(o => o.AddPolicy("kyc", p => p.RequireClaim("kyc", "allowed")));

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        var endpoint = app.MapJumioTransactions<IServerJumio>("/api/jumio/transactions", (jumio, http, ct) =>
            jumio.CreateAccountAsync(new AccountRequest
            {
                CustomerInternalReference = http.Request.Query["reference"].FirstOrDefault() ?? "user-" + http.User.Identity!.Name,
                WorkflowDefinition = new WorkflowDefinition { Key = 10011 },
            }, ct));
        configureEndpoint?.Invoke(endpoint);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, fake, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Fake.DisposeAsync();
    }

    /// <summary>Signs in whoever the X-User header names; X-Kyc: allowed adds the claim the "kyc" policy wants.</summary>
    private sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (Request.Headers["X-User"].FirstOrDefault() is not { Length: > 0 } user)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var claims = new List<Claim> { new(ClaimTypes.Name, user) };
            if (Request.Headers["X-Kyc"].FirstOrDefault() is { } kyc)
            {
                claims.Add(new Claim("kyc", kyc));
            }

            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "Header"));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, "Header")));
        }
    }
}
