using JumioGen.Analyzers.Tests.Verifiers;
using Verify = JumioGen.Analyzers.Tests.Verifiers.CodeFixVerifier<JumioGen.Analyzers.Security.ClientSecretInClientSideProjectAnalyzer, JumioGen.CodeFixes.Security.UseDeviceModeCodeFix>;

namespace JumioGen.Analyzers.Tests.Security;

public sealed class UseDeviceModeCodeFixTests
{
    [Fact]
    public Task Blazor_registration_becomes_a_device_client_pointed_at_the_app_server()
    {
        var test = Verify.Create();
        test.TestState.AnalyzerConfigFiles.Add(TestReferences.GlobalConfig(("JumioClientSide", "true"), ("UsingMicrosoftNETSdkBlazorWebAssembly", "true")));
        test.TestState.Sources.Add(("Program.cs", """
            using Microsoft.Extensions.DependencyInjection;

            static class Program
            {
                public static void Main(string[] args)
                {
                    var builder = HostBuilder.CreateDefault(args);
                    builder.Services.{|JUMIO002:AddJumioClient<IJumio>|}(builder.Configuration.GetSection("Jumio"));
                }
            }
            """));
        test.TestState.Sources.Add(("IJumio.cs", """
            using JumioGen;

            [JumioApi(Region.EU)]
            public partial interface IJumio { }
            """));
        test.TestState.Sources.Add(("HostBuilder.cs", HostBuilderStub));
        test.FixedState.Sources.Add(("Program.cs", """
            using Microsoft.Extensions.DependencyInjection;

            static class Program
            {
                public static void Main(string[] args)
                {
                    var builder = HostBuilder.CreateDefault(args);
                    builder.Services.AddJumioDeviceClient<IJumio>(deviceOptions => deviceOptions.TransactionsEndpoint = new System.Uri(new System.Uri(builder.HostEnvironment.BaseAddress), "api/jumio/transactions"));
                }
            }
            """));
        test.FixedState.Sources.Add(("IJumio.cs", """
            using JumioGen;

            [JumioApi(Region.EU, Mode = JumioClientMode.Device)]
            public partial interface IJumio { }
            """));
        test.FixedState.Sources.Add(("HostBuilder.cs", HostBuilderStub));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_converts_each_client_once_and_replaces_a_server_mode() =>
        RunWithBuildPropertiesAsync(
            """
            using System;
            using JumioGen;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.US, Mode = JumioClientMode.Server)]
            public partial interface IJumio { }

            [JumioApi(Region.SG)]
            public partial interface IJumioAsia { }

            static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration)
                {
                    services.{|JUMIO002:AddJumioClient<IJumio>|}(configuration.GetSection("Jumio"));
                    services.{|JUMIO002:AddJumioClient<IJumio>|}(o => o.ClientId = "second")
                        .SetHandlerLifetime(TimeSpan.FromMinutes(5));
                    services.{|JUMIO002:AddJumioClient<IJumioAsia>|}(configuration.GetSection("JumioAsia"));
                }
            }
            """,
            """
            using System;
            using JumioGen;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.US, Mode = JumioClientMode.Device)]
            public partial interface IJumio { }

            [JumioApi(Region.SG, Mode = JumioClientMode.Device)]
            public partial interface IJumioAsia { }

            static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration)
                {
                    services.AddJumioDeviceClient<IJumio>(deviceOptions => deviceOptions.TransactionsEndpoint = new Uri("https://your-server.example/api/jumio/transactions") /* your server's MapJumioTransactions endpoint */);
                    services.AddJumioDeviceClient<IJumio>(deviceOptions => deviceOptions.TransactionsEndpoint = new Uri("https://your-server.example/api/jumio/transactions") /* your server's MapJumioTransactions endpoint */)
                        .SetHandlerLifetime(TimeSpan.FromMinutes(5));
                    services.AddJumioDeviceClient<IJumioAsia>(deviceOptions => deviceOptions.TransactionsEndpoint = new Uri("https://your-server.example/api/jumio/transactions") /* your server's MapJumioTransactions endpoint */);
                }
            }
            """);

    private static Task RunWithBuildPropertiesAsync(string source, string fixedSource)
    {
        var test = Verify.Create();
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.TestState.AnalyzerConfigFiles.Add(TestReferences.GlobalConfig(("UseMaui", "true")));
        return test.RunAsync();
    }

    // The shape of WebAssemblyHostBuilder the fix looks for (HostEnvironment.BaseAddress); the real one needs the WebAssembly packages.
    private const string HostBuilderStub = """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        sealed class HostBuilder
        {
            public static HostBuilder CreateDefault(string[] args) => new();

            public IServiceCollection Services { get; } = null!;

            public IConfiguration Configuration { get; } = null!;

            public HostEnvironment HostEnvironment { get; } = new();
        }

        sealed class HostEnvironment
        {
            public string BaseAddress => "https://localhost/";
        }
        """;
}
