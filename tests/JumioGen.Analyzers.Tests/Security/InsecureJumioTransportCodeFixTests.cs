using UseHttps = JumioGen.Analyzers.Tests.Verifiers.CodeFixVerifier<JumioGen.Analyzers.Security.InsecureJumioTransportAnalyzer, JumioGen.CodeFixes.Security.UseHttpsCodeFix>;
using RemoveOverride = JumioGen.Analyzers.Tests.Verifiers.CodeFixVerifier<JumioGen.Analyzers.Security.InsecureJumioTransportAnalyzer, JumioGen.CodeFixes.Security.RemoveCertificateOverrideCodeFix>;

namespace JumioGen.Analyzers.Tests.Security;

public sealed class InsecureJumioTransportCodeFixTests
{
    [Fact]
    public Task Fix_all_switches_every_literal_to_https_keeping_its_style() =>
        UseHttps.VerifyAsync(
            """
            static class Endpoints
            {
                public const string Accounts = {|JUMIO004:"http://account.emea-1.jumio.ai/api/v1/accounts"|};
                public const string Token = {|JUMIO004:@"HTTP://auth.emea-1.jumio.ai/oauth2/token"|};
                public static string Status(string dc) => {|JUMIO004:$"http://retrieval.{dc}.jumio.ai/api/v1/health"|};
                public const string Raw = {|JUMIO004:\"\"\"http://api.emea-1.jumio.ai/\"\"\"|};
            }
            """.Replace("\\\"", "\"", StringComparison.Ordinal),
            """
            static class Endpoints
            {
                public const string Accounts = "https://account.emea-1.jumio.ai/api/v1/accounts";
                public const string Token = @"https://auth.emea-1.jumio.ai/oauth2/token";
                public static string Status(string dc) => $"https://retrieval.{dc}.jumio.ai/api/v1/health";
                public const string Raw = \"\"\"https://api.emea-1.jumio.ai/\"\"\";
            }
            """.Replace("\\\"", "\"", StringComparison.Ordinal));

    [Fact]
    public Task Removes_an_initializer_member_and_the_initializer_it_leaves_empty() =>
        RemoveOverride.VerifyAsync(
            """
            using System.Net.Http;
            using JumioGen;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.EU)]
            public partial interface IJumio { }

            static class Startup
            {
                public static void Register(IServiceCollection services)
                {
                    services.AddJumioClient<IJumio>(o => o.ClientId = "a")
                        .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { ServerCertificateCustomValidationCallback = {|JUMIO004:(_, _, _, _) => true|} });
                    services.AddJumioClient<IJumio>(o => o.ClientId = "b")
                        .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                        {
                            ServerCertificateCustomValidationCallback = {|JUMIO004:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|},
                            MaxConnectionsPerServer = 4,
                        });
                }
            }
            """,
            """
            using System.Net.Http;
            using JumioGen;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.EU)]
            public partial interface IJumio { }

            static class Startup
            {
                public static void Register(IServiceCollection services)
                {
                    services.AddJumioClient<IJumio>(o => o.ClientId = "a")
                        .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler());
                    services.AddJumioClient<IJumio>(o => o.ClientId = "b")
                        .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                        {
                            MaxConnectionsPerServer = 4,
                        });
                }
            }
            """);

    [Fact]
    public Task Fix_all_removes_statements_and_empties_expression_lambdas() =>
        RemoveOverride.VerifyAsync(
            """
            using System.Net.Http;
            using JumioGen;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.EU)]
            public partial interface IJumio { }

            static class Startup
            {
                public static IJumio Create(JumioClientOptions options)
                {
                    var handler = new HttpClientHandler();
                    handler.ServerCertificateCustomValidationCallback = {|JUMIO004:delegate { return true; }|};
                    handler.MaxConnectionsPerServer = 4;
                    return JumioClient.Create<IJumio>(options, handler);
                }

                public static void Register(IServiceCollection services) =>
                    services.AddJumioClient<IJumio>(o => o.ClientId = "id")
                        .ConfigurePrimaryHttpMessageHandler((handler, provider) =>
                            ((HttpClientHandler)handler).ServerCertificateCustomValidationCallback = {|JUMIO004:(_, _, _, _) => true|});
            }
            """,
            """
            using System.Net.Http;
            using JumioGen;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.EU)]
            public partial interface IJumio { }

            static class Startup
            {
                public static IJumio Create(JumioClientOptions options)
                {
                    var handler = new HttpClientHandler();
                    handler.MaxConnectionsPerServer = 4;
                    return JumioClient.Create<IJumio>(options, handler);
                }

                public static void Register(IServiceCollection services) =>
                    services.AddJumioClient<IJumio>(o => o.ClientId = "id")
                        .ConfigurePrimaryHttpMessageHandler((handler, provider) =>
                            { });
            }
            """);
}
