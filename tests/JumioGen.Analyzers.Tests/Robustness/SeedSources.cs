namespace JumioGen.Analyzers.Tests.Robustness;

/// <summary>Realistic sources that exercise every rule's code paths; the mutation corpus is made from them.</summary>
internal static class SeedSources
{
    public static readonly string[] All =
    [
        """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        using System.Threading.Tasks;

        class LegacyJumio
        {
            private const string AccountApi = "https://account.emea-1.jumio.ai/";
            private static readonly Uri Legacy = new("https://lon.netverify.com/");
            private readonly HttpClient client = new() { BaseAddress = new Uri(AccountApi) };

            public async Task<string> GetAsync(string basic, string id)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
                using var request = new HttpRequestMessage(HttpMethod.Get, $"https://retrieval.{id}.jumio.ai/api/v1/accounts/{id}")
                {
                    Headers = { Authorization = new("Basic", basic) },
                };
                request.Headers.TryAddWithoutValidation("Authorization", "Basic " + basic);
                using var response = await client.SendAsync(request);
                return await response.Content.ReadAsStringAsync();
            }
        }
        """,
        """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        using JumioGen;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        [JumioApi(Region.EU)]
        public partial interface IJumio { }

        static class Startup
        {
            private const string Secret = "q8Zr1LmT0vXe4sPa9KcW";

            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                var secret = Secret;
                services.AddJumioClient<IJumio>(o =>
                {
                    o.ClientId = configuration["Jumio:ClientId"];
                    o.ClientSecret = secret;
                    o.UserAgent = "Shop Backend/1.0";
                }).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true });
                var options = new JumioClientOptions { ClientSecret = configuration["Jumio:ClientSecret"] ?? "changeme" };
                JumioClient.Create<IJumio>(options, new HttpClientHandler());
            }

            public static HttpRequestMessage Token() =>
                new(HttpMethod.Post, "http://auth.emea-1.jumio.ai/oauth2/token")
                {
                    Headers = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"id:{Secret}"))) },
                };
        }
        """,
        """
        using System;
        using System.Net.Http;
        using System.Net.Security;
        using Microsoft.Extensions.DependencyInjection;

        sealed class Handlers
        {
            private readonly HttpClient client;

            public Handlers(IServiceCollection services, bool production)
            {
                var handler = new SocketsHttpHandler
                {
                    SslOptions = { RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => { Console.WriteLine(errors); return true; } },
                };
                client = new HttpClient(handler) { BaseAddress = new Uri(production ? "https://retrieval.amer-1.jumio.ai/" : "http://core-sgp.jumio.com/") };
                var builder = services.AddHttpClient("jumio", c => c.BaseAddress = new Uri("https://api.apac-1.jumio.ai/"));
                builder.ConfigurePrimaryHttpMessageHandler((h, sp) => ((HttpClientHandler)h).ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator);
                string? s = null;
                s ??= "x";
                s += "y";
                (s, var t) = ("a", "b");
                Fill(out s);
            }

            private static void Fill(out string value) => value = "z";
        }
        """,
        """
        using System.Net.Http;
        using JumioGen;
        using Microsoft.Extensions.Configuration;

        var builder = new { Configuration = (IConfiguration)null! };
        var client = new HttpClient();
        client.BaseAddress = new System.Uri("https://netverify.com/api/v4/initiate");
        client.DefaultRequestHeaders.Add("Authorization", "Basic YXBpLXRva2VuOlp4ODFtS3EyTHAwdw==");
        var options = new JumioClientOptions();
        options.ClientSecret = builder.Configuration["Jumio:ClientSecret"];
        options.ClientSecret = args.Length > 0 ? "prod-7hG2kLq9Rt" : "stage-4vB8nMw1Zp";
        await client.GetStringAsync("https://auth.amer-1.jumio.ai/oauth2/token");
        """,
    ];
}
