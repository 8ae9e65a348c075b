using Microsoft.CodeAnalysis.Testing;
using Verify = JumioGen.Analyzers.Tests.Verifiers.CodeFixVerifier<JumioGen.Analyzers.Security.HardCodedClientSecretAnalyzer, JumioGen.CodeFixes.Security.ReadSecretFromConfigurationCodeFix>;

namespace JumioGen.Analyzers.Tests.Security;

public sealed class ReadSecretFromConfigurationCodeFixTests
{
    [Fact]
    public Task Reads_from_the_IConfiguration_parameter_in_reach() =>
        Verify.VerifyAsync(
            """
            using JumioGen;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.EU)]
            public partial interface IJumio { }

            static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration) =>
                    services.AddJumioClient<IJumio>(o =>
                    {
                        o.ClientId = configuration["Jumio:ClientId"];
                        o.ClientSecret = {|JUMIO003:"q8Zr1LmT0vXe4sPa9KcW"|};
                        o.UserAgent = "Shop Backend/1.0";
                    });
            }
            """,
            """
            using JumioGen;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.EU)]
            public partial interface IJumio { }

            static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration) =>
                    services.AddJumioClient<IJumio>(o =>
                    {
                        o.ClientId = configuration["Jumio:ClientId"];
                        o.ClientSecret = configuration["Jumio:ClientSecret"];
                        o.UserAgent = "Shop Backend/1.0";
                    });
            }
            """);

    [Fact]
    public Task Fix_all_reads_every_secret_from_a_field_and_removes_the_constant_and_the_local_that_held_it() =>
        Verify.VerifyAsync(
            """
            using JumioGen;
            using Microsoft.Extensions.Configuration;

            [JumioApi(Region.US)]
            public partial interface IJumio { }

            sealed class Clients
            {
                private const string JumioSecret = "q8Zr1LmT0vXe4sPa9KcW";
                private readonly IConfiguration configuration;

                public Clients(IConfiguration configuration) => this.configuration = configuration;

                public IJumio Primary()
                {
                    var secret = JumioSecret;
                    var options = new JumioClientOptions { ClientId = "id", UserAgent = "Shop Backend/1.0" };
                    options.ClientSecret = {|JUMIO003:secret|};
                    return JumioClient.Create<IJumio>(options);
                }

                public JumioClientOptions Secondary() => new() { ClientId = "id2", ClientSecret = {|JUMIO003:JumioSecret|}, UserAgent = "Shop Backend/1.0" };
            }
            """,
            """
            using JumioGen;
            using Microsoft.Extensions.Configuration;

            [JumioApi(Region.US)]
            public partial interface IJumio { }

            sealed class Clients
            {
                private readonly IConfiguration configuration;

                public Clients(IConfiguration configuration) => this.configuration = configuration;

                public IJumio Primary()
                {
                    var options = new JumioClientOptions { ClientId = "id", UserAgent = "Shop Backend/1.0" };
                    options.ClientSecret = configuration["Jumio:ClientSecret"];
                    return JumioClient.Create<IJumio>(options);
                }

                public JumioClientOptions Secondary() => new() { ClientId = "id2", ClientSecret = configuration["Jumio:ClientSecret"], UserAgent = "Shop Backend/1.0" };
            }
            """);

    [Fact]
    public Task Uses_the_builder_Configuration_in_top_level_statements()
    {
        var test = Verify.Create();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        const string source = """
            using JumioGen;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            var builder = new AppBuilder();
            builder.Services.AddJumioClient<IJumio>(o => o.ClientSecret = {|JUMIO003:"q8Zr1LmT0vXe4sPa9KcW"|});

            sealed class AppBuilder
            {
                public IServiceCollection Services { get; } = new ServiceCollection();

                public IConfigurationRoot Configuration { get; } = null!;
            }

            sealed class ServiceCollection : System.Collections.Generic.List<ServiceDescriptor>, IServiceCollection
            {
            }

            [JumioApi(Region.SG)]
            public partial interface IJumio { }
            """;
        test.TestCode = source;
        test.FixedCode = source
            .Replace("""{|JUMIO003:"q8Zr1LmT0vXe4sPa9KcW"|}""", """builder.Configuration["Jumio:ClientSecret"]""", StringComparison.Ordinal);
        return test.RunAsync();
    }

    [Fact]
    public Task Falls_back_to_the_environment_variable_when_no_configuration_is_in_reach() =>
        Verify.VerifyAsync(
            """
            using JumioGen;

            static class Options
            {
                private static readonly string Secret = "q8Zr1LmT" + "0vXe4sPa9KcW";

                public static JumioClientOptions Create() => new() { ClientId = "id", ClientSecret = {|JUMIO003:Secret|}, UserAgent = "Shop Backend/1.0" };
            }
            """,
            """
            using JumioGen;

            static class Options
            {
                public static JumioClientOptions Create() => new() { ClientId = "id", ClientSecret = System.Environment.GetEnvironmentVariable("Jumio__ClientSecret"), UserAgent = "Shop Backend/1.0" };
            }
            """);

    [Fact]
    public async Task Token_call_credentials_are_reported_without_an_automatic_fix()
    {
        var test = Verify.Create();
        const string source = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;

            class TokenClient
            {
                public HttpRequestMessage TokenRequest()
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://auth.emea-1.jumio.ai/oauth2/token");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", {|JUMIO003:Convert.ToBase64String(Encoding.UTF8.GetBytes("shop:q8Zr1LmT0vXe4sPa9KcW"))|});
                    return request;
                }
            }
            """;
        test.TestCode = source;
        test.FixedCode = source;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync();
    }
}
