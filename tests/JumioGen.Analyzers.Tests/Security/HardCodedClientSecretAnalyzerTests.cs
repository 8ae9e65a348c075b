using Verify = JumioGen.Analyzers.Tests.Verifiers.AnalyzerVerifier<JumioGen.Analyzers.Security.HardCodedClientSecretAnalyzer>;

namespace JumioGen.Analyzers.Tests.Security;

public sealed class HardCodedClientSecretAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        using System.Threading.Tasks;
        using JumioGen;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        [JumioApi(Region.EU)]
        public partial interface IJumio { }

        """;

    // ---- true positives -------------------------------------------------------------------------------------

    [Fact]
    public Task Literal_in_the_registration_lambda() =>
        Verify.VerifyAsync(Usings + """
            static class Startup
            {
                public static void Register(IServiceCollection services) =>
                    services.AddJumioClient<IJumio>(o =>
                    {
                        o.ClientId = "shop-backend";
                        o.ClientSecret = {|JUMIO003:"q8Zr1LmT0vXe4sPa9KcW"|};
                        o.UserAgent = "Shop Backend/1.0";
                    });
            }
            """);

    [Fact]
    public Task Literal_through_a_constant_and_a_local() =>
        Verify.VerifyAsync(Usings + """
            static class Startup
            {
                private const string JumioSecret = "q8Zr1LmT0vXe4sPa9KcW";

                public static IJumio Create()
                {
                    var secret = JumioSecret;
                    var options = new JumioClientOptions { ClientId = "id", UserAgent = "Shop Backend/1.0" };
                    options.ClientSecret = {|JUMIO003:secret|};
                    return JumioClient.Create<IJumio>(options);
                }
            }
            """);

    [Fact]
    public Task Literal_in_a_static_readonly_field_used_in_an_options_initializer() =>
        Verify.VerifyAsync(Usings + """
            sealed class JumioSettings
            {
                private static readonly string Secret = "q8Zr1LmT" + "0vXe4sPa9KcW";

                public JumioClientOptions Options() => new() { ClientId = "id", ClientSecret = {|JUMIO003:Secret|}, UserAgent = "Shop Backend/1.0" };
            }
            """);

    [Fact]
    public Task Both_branches_of_a_condition_are_literals() =>
        Verify.VerifyAsync(Usings + """
            static class Environments
            {
                public static void Configure(JumioClientOptions options, bool production) =>
                    options.ClientSecret = {|JUMIO003:production ? "prod-7hG2kLq9Rt" : "stage-4vB8nMw1Zp"|};
            }
            """);

    [Fact]
    public Task Hand_written_token_call_with_the_secret_in_the_Basic_credential() =>
        Verify.VerifyAsync(Usings + """
            class TokenClient
            {
                private const string ClientId = "shop-backend";
                private const string ClientSecret = "q8Zr1LmT0vXe4sPa9KcW";

                public Task<HttpResponseMessage> TokenAsync(HttpClient client)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://auth.emea-1.jumio.ai/oauth2/token");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", {|JUMIO003:Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"))|});
                    return client.SendAsync(request);
                }
            }
            """);

    [Fact]
    public Task Legacy_API_secret_as_a_base64_literal_header() =>
        Verify.VerifyAsync(Usings + """
            class Legacy
            {
                public void Configure(HttpClient client)
                {
                    client.BaseAddress = new Uri("https://netverify.com/");
                    // "api-token:Zx81mKq2Lp0w"
                    client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", {|JUMIO003:"Basic YXBpLXRva2VuOlp4ODFtS3EyTHAwdw=="|});
                }
            }
            """);

    [Fact]
    public Task IdentityModel_style_Basic_header_value_to_the_token_endpoint() =>
        Verify.VerifyAsync(Usings + """
            class BasicAuthenticationHeaderValue : AuthenticationHeaderValue
            {
                public BasicAuthenticationHeaderValue(string userName, string password)
                    : base("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password)))
                {
                }
            }

            class Tokens
            {
                private readonly HttpClient client = new() { BaseAddress = new Uri("https://auth.apac-1.jumio.ai/") };

                public Tokens() => client.DefaultRequestHeaders.Authorization = {|JUMIO003:new BasicAuthenticationHeaderValue("shop", "Gq7Lm2Xv9Rt4")|};

                public Task<HttpResponseMessage> TokenAsync() => client.PostAsync("oauth2/token", new StringContent("grant_type=client_credentials"));
            }
            """);

    // The rule skips types whose source never names a sink; these make sure every part of a partial type counts.
    [Fact]
    public Task Secret_in_a_readonly_field_declared_in_another_part_of_a_partial_type() =>
        Verify.VerifyAsync(
        [
            Usings + """
                static partial class JumioSetup
                {
                    private static readonly string Secret = "q8Zr1LmT0vXe4sPa9KcW";
                }
                """,
            """
                using JumioGen;

                static partial class JumioSetup
                {
                    public static void Configure(JumioClientOptions options) => options.ClientSecret = {|JUMIO003:Secret|};
                }
                """,
        ]);

    [Fact]
    public Task Basic_credential_in_one_part_of_a_partial_type_to_the_token_endpoint_set_in_another() =>
        Verify.VerifyAsync(
        [
            Usings + """
                partial class TokenClient
                {
                    private static readonly string Pair = "shop:" + "Gq7Lm2Xv9Rt4";
                    private readonly HttpClient client = new() { BaseAddress = new Uri("https://auth.emea-1.jumio.ai/") };
                }
                """,
            """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Text;
                using System.Threading.Tasks;

                partial class TokenClient
                {
                    public Task<HttpResponseMessage> TokenAsync()
                    {
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|JUMIO003:Convert.ToBase64String(Encoding.UTF8.GetBytes(Pair))|});
                        return client.PostAsync("oauth2/token", new StringContent("grant_type=client_credentials"));
                    }
                }
                """,
        ]);

    // ---- false positives ------------------------------------------------------------------------------------

    [Fact]
    public Task Secret_read_from_configuration() =>
        Verify.VerifyAsync(Usings + """
            static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration) =>
                    services.AddJumioClient<IJumio>(o =>
                    {
                        o.ClientId = "shop-backend";
                        o.ClientSecret = configuration["Jumio:ClientSecret"];
                        o.UserAgent = "Shop Backend/1.0";
                    });
            }
            """);

    [Theory]
    [InlineData("")]
    [InlineData("<secret>")]
    [InlineData("changeme")]
    [InlineData("xxx")]
    [InlineData("YOUR_CLIENT_SECRET")]
    [InlineData("${JUMIO_CLIENT_SECRET}")]
    [InlineData("fake-secret")]
    [InlineData("********")]
    public Task Placeholders(string placeholder) =>
        Verify.VerifyAsync(Usings + $$"""
            static class Sample
            {
                public static JumioClientOptions Options() => new() { ClientId = "id", ClientSecret = "{{placeholder}}", UserAgent = "Shop Backend/1.0" };
            }
            """);

    [Fact]
    public Task Secret_from_the_environment_or_a_parameter() =>
        Verify.VerifyAsync(Usings + """
            static class Startup
            {
                public static void Configure(JumioClientOptions options, string secretFromVault)
                {
                    options.ClientSecret = Environment.GetEnvironmentVariable("Jumio__ClientSecret");
                    options.ClientSecret = secretFromVault;
                }
            }
            """);

    [Fact]
    public Task Literal_default_that_configuration_may_replace() =>
        Verify.VerifyAsync(Usings + """
            static class Startup
            {
                public static void Configure(JumioClientOptions options, IConfiguration configuration)
                {
                    var secret = "q8Zr1LmT0vXe4sPa9KcW";
                    if (configuration["Jumio:ClientSecret"] is { } configured)
                    {
                        secret = configured;
                    }

                    options.ClientSecret = secret;
                    options.ClientSecret = configuration["Jumio:ClientSecret"] ?? throw new InvalidOperationException("no secret");
                }
            }
            """);

    [Fact]
    public Task ClientSecret_of_another_library_and_public_fields_others_can_set() =>
        Verify.VerifyAsync(Usings + """
            sealed class OtherOAuthOptions
            {
                public string? ClientSecret { get; set; }
            }

            static class Startup
            {
                public static string Secret = "q8Zr1LmT0vXe4sPa9KcW";

                public static OtherOAuthOptions Other() => new() { ClientSecret = "q8Zr1LmT0vXe4sPa9KcW" };

                public static void Jumio(JumioClientOptions options) => options.ClientSecret = Secret;
            }
            """);

    [Fact]
    public Task Literal_Basic_credentials_to_a_host_that_is_not_Jumio() =>
        Verify.VerifyAsync(Usings + """
            class Partner
            {
                public Task<HttpResponseMessage> TokenAsync(HttpClient client)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://login.example.com/oauth2/token");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("partner:q8Zr1LmT0vXe4sPa9KcW")));
                    return client.SendAsync(request);
                }
            }
            """);

    [Fact]
    public Task Token_call_whose_secret_comes_from_configuration() =>
        Verify.VerifyAsync(Usings + """
            class TokenClient
            {
                public Task<HttpResponseMessage> TokenAsync(HttpClient client, IConfiguration configuration)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://auth.emea-1.jumio.ai/oauth2/token");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("shop-backend:" + configuration["Jumio:ClientSecret"])));
                    return client.SendAsync(request);
                }
            }
            """);
}
