using System.IO.Compression;
using System.Xml.Linq;

namespace JumioGen.Packaging.Tests;

[Collection(PackagesCollection.Name)]
public sealed class PackageTests(PackagesFixture packages)
{
    [Fact]
    public void JumioGen_package_holds_the_library_the_generator_and_the_readme()
    {
        using var package = ZipFile.OpenRead(Path.Combine(packages.Feed, $"JumioGen.{packages.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/net10.0/JumioGen.dll", entries);
        Assert.Contains("lib/net8.0/JumioGen.dll", entries);
        Assert.Contains("lib/net10.0/JumioGen.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/JumioGen.Generator.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generator", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Test", StringComparison.OrdinalIgnoreCase) || e.Contains("Onboarding", StringComparison.Ordinal));
    }

    [Fact]
    public void JumioGen_package_carries_the_analyzers_the_code_fixes_and_the_project_kind_targets()
    {
        using var package = ZipFile.OpenRead(Path.Combine(packages.Feed, $"JumioGen.{packages.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("analyzers/dotnet/cs/JumioGen.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/JumioGen.CodeFixes.dll", entries);
        Assert.Contains("build/JumioGen.targets", entries);
        Assert.Contains("buildTransitive/JumioGen.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && (e.Contains("Analyzers", StringComparison.Ordinal) || e.Contains("CodeFixes", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Blazor_WebAssembly_app_with_a_client_secret_fails_the_build_with_JUMIO002()
    {
        var app = await WriteProjectKindConsumerAsync("jumiogen-wasm-", "Microsoft.NET.Sdk.BlazorWebAssembly", """
            <PackageReference Include="Microsoft.AspNetCore.Components.WebAssembly" Version="10.0.12" />
            """, """
            using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

            var builder = WebAssemblyHostBuilder.CreateDefault(args);
            JumioSetup.Register(builder.Services, builder.Configuration);
            await builder.Build().RunAsync();
            """);
        try
        {
            var (exitCode, output) = await DotnetCli.RunUncheckedAsync(app, "build");

            Assert.True(exitCode != 0, "The Blazor WebAssembly build should fail:\n" + output);
            Assert.Contains("error JUMIO002", output);
            Assert.Matches(@"Jumio\.cs\(\d+,\d+\): error JUMIO002: AddJumioClient registers a client-credentials Jumio client, which needs the client secret in a client-side project \(Blazor WebAssembly\)", output);
            Assert.Contains("build_property.JumioClientSide = true", GeneratedEditorConfig(app));
        }
        finally
        {
            Directory.Delete(app, recursive: true);
        }
    }

    [Fact]
    public async Task Server_app_with_the_same_code_builds_without_JUMIO002()
    {
        var app = await WriteProjectKindConsumerAsync("jumiogen-server-", "Microsoft.NET.Sdk.Web", string.Empty, """
            var builder = WebApplication.CreateBuilder(args);
            JumioSetup.Register(builder.Services, builder.Configuration);
            await builder.Build().RunAsync();
            """);
        try
        {
            var output = await DotnetCli.RunAsync(app, "build");

            Assert.DoesNotContain("JUMIO", output);
            // The targets did run (the flag is there, and false): the silence is the analyzer's decision, not a missing input.
            Assert.Contains("build_property.JumioClientSide = false", GeneratedEditorConfig(app));
        }
        finally
        {
            Directory.Delete(app, recursive: true);
        }
    }

    // The same Jumio code (secret from configuration, client-credentials registration) in a project of the given SDK.
    private async Task<string> WriteProjectKindConsumerAsync(string prefix, string sdk, string packageReferences, string program)
    {
        var app = Directory.CreateTempSubdirectory(prefix).FullName;
        packages.WriteNuGetConfig(app);
        await File.WriteAllTextAsync(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {packageReferences}
                <PackageReference Include="JumioGen" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), program);
        await File.WriteAllTextAsync(Path.Combine(app, "Jumio.cs"), """
            using JumioGen;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            [JumioApi(Region.EU)]
            public partial interface IJumio;

            public static class JumioSetup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration) =>
                    services.AddJumioClient<IJumio>(configuration.GetSection("Jumio"));
            }
            """);
        Directory.CreateDirectory(Path.Combine(app, "wwwroot"));
        await File.WriteAllTextAsync(Path.Combine(app, "wwwroot", "appsettings.json"), """
            { "Jumio": { "ClientId": "shop-web", "ClientSecret": "configured-in-appsettings", "UserAgent": "Shop Web/1.0" } }
            """);
        return app;
    }

    private HashSet<string> Entries(string id)
    {
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        return package.Entries.Select(e => e.FullName).ToHashSet();
    }

    private XDocument Nuspec(string id)
    {
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        using var stream = package.Entries.Single(e => e.FullName == id + ".nuspec").Open();
        return XDocument.Load(stream);
    }

    private static List<string> Dependencies(XDocument nuspec) =>
        nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).Order().ToList();

    private static List<string> FrameworkReferences(XDocument nuspec) =>
        nuspec.Descendants().Where(e => e.Name.LocalName == "frameworkReference").Select(e => (string)e.Attribute("name")!).Order().ToList();

    private static string GeneratedEditorConfig(string app) =>
        File.ReadAllText(Directory.EnumerateFiles(Path.Combine(app, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single());

    [Fact]
    public void JumioGen_package_does_not_pass_Roslyn_on_to_consumers()
    {
        using var package = ZipFile.OpenRead(Path.Combine(packages.Feed, $"JumioGen.{packages.Version}.nupkg"));
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var dependencies = XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToList();

        Assert.Contains("Microsoft.Extensions.Http", dependencies);
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain("JumioGen.Generator", dependencies);
    }

    [Fact]
    public void JumioGen_Testing_package_holds_FakeJumio_its_docs_and_readme_and_no_test_code()
    {
        var entries = Entries("JumioGen.Testing");

        Assert.Equal(["lib/net10.0/JumioGen.Testing.dll", "lib/net10.0/JumioGen.Testing.xml"], entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order());
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) || e.StartsWith("build", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains(".Tests", StringComparison.OrdinalIgnoreCase) || e.Contains("xunit", StringComparison.OrdinalIgnoreCase) || e.Contains("Onboarding", StringComparison.Ordinal));
    }

    [Fact]
    public void JumioGen_Testing_package_needs_only_ASP_NET_Core()
    {
        var nuspec = Nuspec("JumioGen.Testing");

        Assert.Empty(Dependencies(nuspec));
        Assert.Equal(["Microsoft.AspNetCore.App"], FrameworkReferences(nuspec));
    }

    [Fact]
    public void JumioGen_AspNetCore_package_holds_its_endpoint_its_docs_and_readme_only()
    {
        var entries = Entries("JumioGen.AspNetCore");

        // JumioGen itself comes from its own package, as a dependency, never copied in.
        Assert.Equal(["lib/net10.0/JumioGen.AspNetCore.dll", "lib/net10.0/JumioGen.AspNetCore.xml"], entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order());
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) || e.StartsWith("build", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Test", StringComparison.OrdinalIgnoreCase) || e.Contains("Sample", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void JumioGen_AspNetCore_package_depends_on_the_same_JumioGen_and_ASP_NET_Core()
    {
        var nuspec = Nuspec("JumioGen.AspNetCore");
        var jumioGen = Assert.Single(nuspec.Descendants(), e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "JumioGen");

        Assert.Equal(["JumioGen"], Dependencies(nuspec));
        Assert.Equal(packages.Version, (string?)jumioGen.Attribute("version"));
        Assert.Equal(["Microsoft.AspNetCore.App"], FrameworkReferences(nuspec));
    }

    [Theory]
    [InlineData("JumioGen")]
    [InlineData("JumioGen.Testing")]
    [InlineData("JumioGen.AspNetCore")]
    public void Packages_carry_metadata_readme_and_symbols(string id)
    {
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Descendants().First(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("tags")));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("releaseNotes")));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.StartsWith("https://", (string?)repository.Attribute("url"));
        Assert.Contains(package.Entries, e => e.FullName == "README.md");
        Assert.True(File.Exists(packages.PackagePath(id, ".snupkg")), "symbols package missing");
    }

    [Fact]
    public async Task Server_app_installing_only_JumioGen_AspNetCore_gets_the_generated_client()
    {
        var app = Directory.CreateTempSubdirectory("jumiogen-aspnetcore-").FullName;
        try
        {
            packages.WriteNuGetConfig(app);
            await File.WriteAllTextAsync(Path.Combine(app, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="JumioGen.AspNetCore" Version="{packages.Version}" />
                  </ItemGroup>
                </Project>
                """);
            // CreateAccountAsync exists only if JumioGen's generator reached this project through the transitive dependency.
            await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
                using JumioGen;
                using JumioGen.AspNetCore;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddJumioClient<IJumio>(builder.Configuration.GetSection("Jumio"));
                var app = builder.Build();
                app.MapJumioTransactions<IJumio>("/api/jumio/transactions", (jumio, http, ct) =>
                    jumio.CreateAccountAsync(new AccountRequest { CustomerInternalReference = "user-1", WorkflowDefinition = new WorkflowDefinition { Key = 10011 } }, ct));
                await app.RunAsync();

                [JumioApi(Region.EU)]
                public partial interface IJumio;
                """);

            var (exitCode, output) = await DotnetCli.RunUncheckedAsync(app, "build");

            Assert.True(exitCode == 0, "An app with only JumioGen.AspNetCore should build, generator included:\n" + output);
        }
        finally
        {
            Directory.Delete(app, recursive: true);
        }
    }

    [Fact]
    public async Task Fresh_project_using_the_package_calls_FakeJumio()
    {
        var consumer = Directory.CreateTempSubdirectory("jumiogen-consumer-").FullName;
        try
        {
            packages.WriteNuGetConfig(consumer);
            await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="JumioGen" Version="{packages.Version}" />
                    <PackageReference Include="JumioGen.Testing" Version="{packages.Version}" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), """
                using JumioGen;
                using JumioGen.Testing;
                using Microsoft.Extensions.DependencyInjection;

                await using var fake = await FakeJumio.StartAsync();
                var services = new ServiceCollection();
                services.AddJumioClient<IJumio>(options =>
                {
                    options.ClientId = fake.ClientId;
                    options.ClientSecret = fake.ClientSecret;
                    options.UserAgent = "Consumer Test/1.0";
                    options.Endpoints = JumioEndpoints.SingleHost(fake.BaseAddress);
                });
                await using var provider = services.BuildServiceProvider();
                var jumio = provider.GetRequiredService<IJumio>();
                var account = await jumio.CreateAccountAsync(new AccountRequest
                {
                    CustomerInternalReference = "consumer-1",
                    WorkflowDefinition = new WorkflowDefinition { Key = 10011 },
                });
                var status = await jumio.GetWorkflowStatusAsync(account.Account!.Id!, account.WorkflowExecution!.Id!);
                Console.WriteLine($"status={status.WorkflowExecution!.Status} tokens={fake.TokenRequests} calls={fake.ApiCalls}");

                [JumioApi(Region.EU)]
                public partial interface IJumio;
                """);

            var output = await DotnetCli.RunAsync(consumer, "run");

            Assert.Contains("status=INITIATED tokens=1 calls=2", output);
        }
        finally
        {
            Directory.Delete(consumer, recursive: true);
        }
    }
}
