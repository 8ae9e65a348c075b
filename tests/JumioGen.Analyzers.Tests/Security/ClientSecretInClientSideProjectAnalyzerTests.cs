using JumioGen.Analyzers.Security;
using JumioGen.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Verify = JumioGen.Analyzers.Tests.Verifiers.AnalyzerVerifier<JumioGen.Analyzers.Security.ClientSecretInClientSideProjectAnalyzer>;

namespace JumioGen.Analyzers.Tests.Security;

/// <summary>
/// The project kind arrives as build_property.* values in a global analyzer config, exactly as MSBuild writes them
/// from JumioGen.targets' CompilerVisibleProperty items. MAUI, mobile and WPF/WinForms cannot be built on this machine,
/// so these tests are their coverage; Blazor WebAssembly is also built for real in the packaging tests.
/// </summary>
public sealed class ClientSecretInClientSideProjectAnalyzerTests
{
    private const string Registration = """
        using JumioGen;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        [JumioApi(Region.EU)]
        public partial interface IJumio { }

        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration) =>
                services.{|JUMIO002:AddJumioClient<IJumio>|}(configuration.GetSection("Jumio"));
        }
        """;

    private const string RegistrationWithoutMarkup = """
        using JumioGen;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        [JumioApi(Region.EU)]
        public partial interface IJumio { }

        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration) =>
                services.AddJumioClient<IJumio>(configuration.GetSection("Jumio"));
        }
        """;

    // ---- true positives -------------------------------------------------------------------------------------

    [Fact]
    public Task Blazor_WebAssembly_client_credentials_registration() =>
        Verify.VerifyAsync(Registration, ("JumioClientSide", "true"), ("UsingMicrosoftNETSdkBlazorWebAssembly", "true"));

    [Fact]
    public async Task Message_says_what_and_which_kind_of_project()
    {
        var test = Verify.Create(("UsingMicrosoftNETSdkBlazorWebAssembly", "true"));
        test.TestCode = Registration.Replace("{|JUMIO002:AddJumioClient<IJumio>|}", "{|#0:AddJumioClient<IJumio>|}", StringComparison.Ordinal);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ClientSecretInClientSideProject).WithLocation(0)
            .WithArguments("AddJumioClient registers a client-credentials Jumio client, which needs the client secret", "Blazor WebAssembly"));
        await test.RunAsync();
    }

    [Fact]
    public Task MAUI_android_app_that_sets_the_secret_and_creates_the_client() =>
        Verify.VerifyAsync("""
            using JumioGen;
            using Microsoft.Extensions.Configuration;

            [JumioApi(Region.US)]
            public partial interface IJumio { }

            static class MauiProgram
            {
                public static IJumio Create(IConfiguration configuration)
                {
                    var options = new JumioClientOptions { ClientId = "app", UserAgent = "Shop App/1.0" };
                    {|JUMIO002:options.ClientSecret = configuration["Jumio:ClientSecret"]|};
                    return JumioClient.{|JUMIO002:Create<IJumio>|}(options);
                }
            }
            """,
            ("UseMaui", "true"), ("TargetPlatformIdentifier", "android"));

    [Fact]
    public Task WPF_app_with_the_secret_in_an_options_initializer() =>
        Verify.VerifyAsync("""
            using System;
            using JumioGen;

            static class Settings
            {
                public static JumioClientOptions Jumio() => new()
                {
                    ClientId = "desktop",
                    {|JUMIO002:ClientSecret = Environment.GetEnvironmentVariable("SECRET")|},
                };
            }
            """,
            ("UseWPF", "true"));

    [Fact]
    public Task Windows_Forms_app_reading_the_secret_from_configuration() =>
        Verify.VerifyAsync("""
            using Microsoft.Extensions.Configuration;

            static class Secrets
            {
                public static string? Jumio(IConfiguration configuration) => configuration[{|JUMIO002:"Jumio:ClientSecret"|}];

                public static string? FromEnvironment() => System.Environment.GetEnvironmentVariable({|JUMIO002:"Jumio__ClientSecret"|});
            }
            """,
            ("UseWindowsForms", "true"));

    [Fact]
    public Task Browser_wasm_app_that_calls_the_token_endpoint_by_hand() =>
        Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            static class Token
            {
                public static Task<HttpResponseMessage> GetAsync(HttpClient client, string dc) =>
                    client.PostAsync({|JUMIO002:$"https://auth.{dc}.jumio.ai/oauth2/token"|}, new StringContent("grant_type=client_credentials"));

                public const string Europe = {|JUMIO002:"https://auth.emea-1.jumio.ai/oauth2/token"|};
            }
            """,
            ("RuntimeIdentifier", "browser-wasm"));

    [Fact]
    public Task iOS_target_platform_without_MAUI() =>
        Verify.VerifyAsync(Registration, ("TargetPlatformIdentifier", "ios"));

    [Fact]
    public Task Mac_Catalyst_and_tvOS_and_browser_platforms() =>
        Task.WhenAll(
            Verify.VerifyAsync(Registration, ("TargetPlatformIdentifier", "maccatalyst")),
            Verify.VerifyAsync(Registration, ("TargetPlatformIdentifier", "tvos")),
            Verify.VerifyAsync(Registration, ("TargetPlatformIdentifier", "browser")));

    [Fact]
    public Task WebAssembly_SDK_for_the_browser() =>
        Verify.VerifyAsync(Registration, ("UsingMicrosoftNETSdkWebAssembly", "true"), ("RuntimeIdentifier", "browser-wasm"));

    [Fact]
    public Task Explicit_JumioClientSide_in_an_otherwise_plain_project() =>
        Verify.VerifyAsync(Registration, ("JumioClientSide", "true"), ("UseMaui", ""), ("UseWPF", ""));

    [Fact]
    public Task Secret_set_inside_the_registration_is_reported_once_with_the_registration() =>
        Verify.VerifyAsync("""
            using JumioGen;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.SG)]
            public partial interface IJumio { }

            static class Startup
            {
                public static void Register(IServiceCollection services, string secret) =>
                    services.{|JUMIO002:AddJumioClient<IJumio>|}(o =>
                    {
                        o.ClientId = "id";
                        o.ClientSecret = secret;
                        o.UserAgent = "Shop App/1.0";
                    });
            }
            """,
            ("UseMaui", "True"));

    // ---- false positives ------------------------------------------------------------------------------------

    [Fact]
    public Task Server_project_with_the_same_code() =>
        Verify.VerifyAsync(RegistrationWithoutMarkup);

    [Fact]
    public Task Server_project_where_MSBuild_wrote_every_property_empty() =>
        Verify.VerifyAsync(
            RegistrationWithoutMarkup,
            ("JumioClientSide", "false"), ("UsingMicrosoftNETSdkBlazorWebAssembly", ""), ("UsingMicrosoftNETSdkWebAssembly", ""),
            ("RuntimeIdentifier", ""), ("UseMaui", ""), ("TargetPlatformIdentifier", ""), ("UseWPF", ""), ("UseWindowsForms", ""));

    [Fact]
    public Task Explicit_JumioClientSide_false_overrides_the_project_kind() =>
        Verify.VerifyAsync(RegistrationWithoutMarkup, ("JumioClientSide", "false"), ("UsingMicrosoftNETSdkBlazorWebAssembly", "true"));

    [Fact]
    public Task WebAssembly_SDK_for_WASI_is_not_a_browser() =>
        Verify.VerifyAsync(RegistrationWithoutMarkup, ("UsingMicrosoftNETSdkWebAssembly", "true"), ("RuntimeIdentifier", "wasi-wasm"));

    [Fact]
    public Task Windows_target_without_WPF_or_WinForms_is_a_server_or_service() =>
        Verify.VerifyAsync(RegistrationWithoutMarkup, ("TargetPlatformIdentifier", "windows"), ("UseWPF", "false"));

    [Fact]
    public Task Client_side_app_with_other_client_secrets_and_Jumio_device_types() =>
        Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Text.Json;
            using JumioGen;
            using Microsoft.Extensions.Configuration;

            class OtherOAuthOptions
            {
                public string? ClientSecret { get; set; }
            }

            static class Device
            {
                public static OtherOAuthOptions Auth0(IConfiguration configuration) => new() { ClientSecret = configuration["Auth0:ClientSecret"] };

                // A device receives its transaction from the server and talks to the API host with the transaction token.
                public static JumioTransaction? Receive(string json) => JsonSerializer.Deserialize<JumioTransaction>(json);

                public const string Upload = "https://api.emea-1.jumio.ai/api/v1/accounts";

                public const string Docs = "See https://documentation.jumio.ai/docs/developer-resources/API/authorization";
            }
            """,
            ("UsingMicrosoftNETSdkBlazorWebAssembly", "true"));

    [Fact]
    public Task Device_mode_client_in_a_Blazor_WebAssembly_app() =>
        Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using JumioGen;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.EU, Mode = JumioClientMode.Device)]
            public partial interface IJumioDevice { }

            static class Startup
            {
                public static void Register(IServiceCollection services, Uri baseAddress) =>
                    services.AddJumioDeviceClient<IJumioDevice>(o => o.TransactionsEndpoint = new Uri(baseAddress, "api/jumio/transactions"));

                public static IJumioDevice Create(HttpClient appServer) =>
                    JumioClient.CreateDevice<IJumioDevice>(new JumioDeviceOptions { TransactionsEndpoint = new Uri("https://shop.example/api/jumio/transactions") }, appServer);
            }
            """,
            ("JumioClientSide", "true"), ("UsingMicrosoftNETSdkBlazorWebAssembly", "true"));
}
