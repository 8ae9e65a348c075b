using System.Text.Json;

namespace JumioGen.Packaging.Tests;

/// <summary>
/// Evaluates build/JumioGen.targets the way NuGet imports it (after the project body, like Directory.Build.targets), for
/// project kinds this machine cannot build (MAUI, Android/iOS, WPF, WinForms need workloads or packs that are not
/// served). Evaluation needs neither: it shows the flag the analyzers will receive.
/// </summary>
public sealed class ProjectKindTargetsTests
{
    [Theory]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework>", "false")]
    [InlineData("Microsoft.NET.Sdk.Web", "<TargetFramework>net10.0</TargetFramework>", "false")]
    [InlineData("Microsoft.NET.Sdk.BlazorWebAssembly", "<TargetFramework>net10.0</TargetFramework>", "true")]
    [InlineData("Microsoft.NET.Sdk.WebAssembly", "<TargetFramework>net10.0</TargetFramework>", "true")]
    [InlineData("Microsoft.NET.Sdk.WebAssembly", "<TargetFramework>net10.0</TargetFramework><RuntimeIdentifier>wasi-wasm</RuntimeIdentifier>", "false")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework><RuntimeIdentifier>browser-wasm</RuntimeIdentifier>", "true")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0-android</TargetFramework><UseMaui>true</UseMaui>", "true")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework><UseMaui>true</UseMaui>", "true")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0-ios</TargetFramework>", "true")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0-maccatalyst</TargetFramework>", "true")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0-tvos</TargetFramework>", "true")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0-windows</TargetFramework><UseWPF>true</UseWPF>", "true")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0-windows</TargetFramework><UseWindowsForms>true</UseWindowsForms>", "true")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0-windows</TargetFramework>", "false")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0-windows</TargetFramework><UseWPF>true</UseWPF><JumioClientSide>false</JumioClientSide>", "false")]
    [InlineData("Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework><JumioClientSide>true</JumioClientSide>", "true")]
    public async Task Computes_JumioClientSide_from_the_project_body(string sdk, string properties, string expected)
    {
        var project = await WriteProjectAsync(sdk, properties, "build");
        try
        {
            var value = await DotnetCli.RunAsync(project, "msbuild", "App.csproj", "-getProperty:JumioClientSide");

            Assert.Equal(expected, value.Trim());
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    [Fact]
    public async Task BuildTransitive_targets_expose_the_flag_and_its_inputs_to_the_compiler()
    {
        var project = await WriteProjectAsync("Microsoft.NET.Sdk", "<TargetFramework>net10.0-ios</TargetFramework>", "buildTransitive");
        try
        {
            var json = await DotnetCli.RunAsync(project, "msbuild", "App.csproj", "-getProperty:JumioClientSide", "-getItem:CompilerVisibleProperty");
            using var document = JsonDocument.Parse(json);
            var visible = document.RootElement.GetProperty("Items").GetProperty("CompilerVisibleProperty").EnumerateArray()
                .Select(item => item.GetProperty("Identity").GetString())
                .ToHashSet();

            Assert.Equal("true", document.RootElement.GetProperty("Properties").GetProperty("JumioClientSide").GetString());
            Assert.Superset(
                new HashSet<string?>
                {
                    "JumioClientSide", "UsingMicrosoftNETSdkBlazorWebAssembly", "UsingMicrosoftNETSdkWebAssembly", "RuntimeIdentifier",
                    "UseMaui", "TargetPlatformIdentifier", "UseWPF", "UseWindowsForms",
                },
                visible);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    private static async Task<string> WriteProjectAsync(string sdk, string properties, string folder)
    {
        var project = Directory.CreateTempSubdirectory("jumiogen-kind-").FullName;
        var targets = Path.Combine(DotnetCli.RepositoryRoot(), "src", "JumioGen", folder, "JumioGen.targets");
        await File.WriteAllTextAsync(Path.Combine(project, "Directory.Build.targets"), $"""
            <Project>
              <Import Project="{targets}" />
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "App.csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>{properties}</PropertyGroup>
            </Project>
            """);
        return project;
    }
}
