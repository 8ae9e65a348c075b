using JumioGen.Analyzers.Security;
using JumioGen.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Verify = JumioGen.Analyzers.Tests.Verifiers.AnalyzerVerifier<JumioGen.Analyzers.Security.InsecureJumioTransportAnalyzer>;

namespace JumioGen.Analyzers.Tests.Security;

public sealed class InsecureJumioTransportAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Net.Security;
        using System.Threading.Tasks;
        using JumioGen;
        using Microsoft.Extensions.DependencyInjection;

        [JumioApi(Region.EU)]
        public partial interface IJumio { }

        """;

    // ---- true positives: plain http -------------------------------------------------------------------------

    [Fact]
    public async Task Plain_http_to_the_account_API_names_the_host()
    {
        var test = AnalyzerVerifier<InsecureJumioTransportAnalyzer>.Create();
        test.TestCode = Usings + """
            static class Endpoints
            {
                public static readonly Uri Accounts = new({|#0:"http://account.emea-1.jumio.ai/api/v1/accounts"|});
            }
            """;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.InsecureJumioTransport).WithLocation(0)
            .WithArguments("Plain http:// to the Jumio host 'account.emea-1.jumio.ai': use https://"));
        await test.RunAsync();
    }

    [Fact]
    public Task Plain_http_in_interpolated_retrieval_and_legacy_and_token_addresses() =>
        Verify.VerifyAsync(Usings + """
            static class Endpoints
            {
                public static string Status(string dc, string account, string workflow) =>
                    {|JUMIO004:$"http://retrieval.{dc}.jumio.ai/api/v1/accounts/{account}/workflow-executions/{workflow}/status"|};

                public const string Legacy = {|JUMIO004:"HTTP://lon.netverify.com/api/v4/initiate"|};

                public const string Token = {|JUMIO004:@"http://auth.apac-1.jumio.ai/oauth2/token"|};
            }
            """);

    // ---- true positives: certificate validation off ---------------------------------------------------------

    [Fact]
    public Task Primary_handler_of_a_JumioGen_client_accepts_any_certificate() =>
        Verify.VerifyAsync(Usings + """
            static class Startup
            {
                public static void Register(IServiceCollection services) =>
                    services.AddJumioClient<IJumio>(o => o.ClientId = "id")
                        .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                        {
                            ServerCertificateCustomValidationCallback = {|JUMIO004:(message, certificate, chain, errors) => true|},
                        });
            }
            """);

    [Fact]
    public Task Dangerous_validator_on_a_handler_variable_given_to_a_builder_variable() =>
        Verify.VerifyAsync(Usings + """
            static class Startup
            {
                public static void Register(IServiceCollection services)
                {
                    var handler = new HttpClientHandler();
                    handler.ServerCertificateCustomValidationCallback = {|JUMIO004:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                    var builder = services.AddJumioClient<IJumio>(o => o.ClientId = "id");
                    builder.AddHttpMessageHandler(() => new LoggingHandler()).ConfigurePrimaryHttpMessageHandler(() => handler);
                }
            }

            sealed class LoggingHandler : DelegatingHandler
            {
            }
            """);

    [Fact]
    public Task Inner_handler_of_JumioClient_Create_with_an_anonymous_method() =>
        Verify.VerifyAsync(Usings + """
            static class Factory
            {
                public static IJumio Create(JumioClientOptions options)
                {
                    var handler = new HttpClientHandler();
                    handler.ServerCertificateCustomValidationCallback = {|JUMIO004:delegate { return true; }|};
                    return JumioClient.Create<IJumio>(options, handler);
                }
            }
            """);

    [Fact]
    public Task Sockets_handler_ssl_options_under_an_HttpClient_to_a_Jumio_host() =>
        Verify.VerifyAsync(Usings + """
            sealed class Legacy
            {
                private readonly HttpClient client;

                public Legacy()
                {
                    var handler = new SocketsHttpHandler
                    {
                        SslOptions = { RemoteCertificateValidationCallback = {|JUMIO004:(sender, certificate, chain, errors) => { Console.WriteLine(errors); return true; }|} },
                    };
                    client = new HttpClient(handler) { BaseAddress = new Uri("https://retrieval.amer-1.jumio.ai/") };
                }

                public Task<string> GetAsync(string path) => client.GetStringAsync(path);
            }
            """);

    [Fact]
    public Task Handler_configured_in_place_and_ssl_options_object_on_Jumio_clients() =>
        Verify.VerifyAsync(Usings + """
            static class Startup
            {
                public static void Register(IServiceCollection services)
                {
                    services.AddJumioClient<IJumio>(o => o.ClientId = "id")
                        .ConfigurePrimaryHttpMessageHandler((handler, provider) =>
                            ((HttpClientHandler)handler).ServerCertificateCustomValidationCallback = {|JUMIO004:(_, _, _, _) => true|});

                    services.AddHttpClient("jumio-legacy", c => c.BaseAddress = new Uri("https://account.emea-1.jumio.ai/"))
                        .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
                        {
                            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = {|JUMIO004:(_, _, _, _) => true|} },
                        });
                }
            }
            """);

    // The rule skips types whose source never names a validation callback; every part of a partial type counts.
    [Fact]
    public Task Override_in_one_part_of_a_partial_type_on_a_handler_whose_client_talks_to_Jumio_in_another() =>
        Verify.VerifyAsync(
        [
            Usings + """
                partial class JumioTransport
                {
                    private readonly HttpClientHandler handler = new();

                    public HttpClient Client() => new HttpClient(handler) { BaseAddress = new Uri("https://account.emea-1.jumio.ai/") };
                }
                """,
            """
                partial class JumioTransport
                {
                    public JumioTransport() => handler.ServerCertificateCustomValidationCallback = {|JUMIO004:(_, _, _, _) => true|};
                }
                """,
        ]);

    // ---- false positives ------------------------------------------------------------------------------------

    [Fact]
    public Task Https_Jumio_addresses_and_plain_http_to_loopback_and_other_hosts() =>
        Verify.VerifyAsync(Usings + """
            static class Endpoints
            {
                public const string Accounts = "https://account.emea-1.jumio.ai/api/v1/accounts";
                public const string Fake = "http://127.0.0.1:5000/";
                public const string Local = "http://localhost/account.emea-1.jumio.ai";
                public const string LookAlike = "http://account.emea-1.jumio.ai.example.com/";
                public const string Other = "http://example.com/?next=jumio.ai";
                public static string Any(string host) => $"http://{host}/api/v1/accounts";
            }
            """);

    [Fact]
    public Task Validation_switched_off_for_a_client_of_another_host() =>
        Verify.VerifyAsync(Usings + """
            sealed class Partner
            {
                private readonly HttpClient client;

                public Partner()
                {
                    var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
                    client = new HttpClient(handler) { BaseAddress = new Uri("https://partner.example.org/") };
                }
            }
            """);

    [Fact]
    public Task Callback_that_really_validates() =>
        Verify.VerifyAsync(Usings + """
            static class Startup
            {
                public static void Register(IServiceCollection services) =>
                    services.AddJumioClient<IJumio>(o => o.ClientId = "id")
                        .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                        {
                            ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) =>
                            {
                                if (errors == SslPolicyErrors.None)
                                {
                                    return true;
                                }

                                return certificate?.Thumbprint == "AB12";
                            },
                        });
            }
            """);

    [Fact]
    public Task Handler_that_no_Jumio_client_uses() =>
        Verify.VerifyAsync(Usings + """
            static class Tools
            {
                public static HttpMessageHandler Insecure() => new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };

                public static void Register(IServiceCollection services) => services.AddJumioClient<IJumio>(o => o.ClientId = "id");
            }
            """);

    [Fact]
    public Task Named_client_of_another_host_with_validation_off() =>
        Verify.VerifyAsync(Usings + """
            static class Startup
            {
                public static void Register(IServiceCollection services) =>
                    services.AddHttpClient("intranet", c => c.BaseAddress = new Uri("https://intranet.local/"))
                        .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true });
            }
            """);
}
