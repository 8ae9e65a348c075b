namespace JumioGen.Packaging.Tests;

/// <summary>
/// Evaluates build/JumioGen.targets the way NuGet imports it (after the project body, like Directory.Build.targets), for
/// project kinds this machine cannot build (MAUI, Android/iOS, WPF, WinForms need workloads or packs that are not
/// served). Evaluation needs neither: it shows the flag and the compiler-visible properties the analyzers will receive.
/// </summary>
public sealed class ProjectKindTargetsTests(ProjectKindTargetsTests.Evaluation evaluation) : IClassFixture<ProjectKindTargetsTests.Evaluation>
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework>", "false" },
        { "Microsoft.NET.Sdk.Web", "<TargetFramework>net10.0</TargetFramework>", "false" },
        { "Microsoft.NET.Sdk.BlazorWebAssembly", "<TargetFramework>net10.0</TargetFramework>", "true" },
        { "Microsoft.NET.Sdk.WebAssembly", "<TargetFramework>net10.0</TargetFramework>", "true" },
        { "Microsoft.NET.Sdk.WebAssembly", "<TargetFramework>net10.0</TargetFramework><RuntimeIdentifier>wasi-wasm</RuntimeIdentifier>", "false" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework><RuntimeIdentifier>browser-wasm</RuntimeIdentifier>", "true" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0-android</TargetFramework><UseMaui>true</UseMaui>", "true" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework><UseMaui>true</UseMaui>", "true" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0-ios</TargetFramework>", "true" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0-maccatalyst</TargetFramework>", "true" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0-tvos</TargetFramework>", "true" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0-windows</TargetFramework><UseWPF>true</UseWPF>", "true" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0-windows</TargetFramework><UseWindowsForms>true</UseWindowsForms>", "true" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0-windows</TargetFramework>", "false" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0-windows</TargetFramework><UseWPF>true</UseWPF><JumioClientSide>false</JumioClientSide>", "false" },
        { "Microsoft.NET.Sdk", "<TargetFramework>net10.0</TargetFramework><JumioClientSide>true</JumioClientSide>", "true" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Computes_JumioClientSide_from_the_project_body(string sdk, string properties, string expected)
    {
        var result = evaluation.Results[Evaluation.Key(sdk, properties)];

        Assert.Equal(expected, result.ClientSide);
    }

    [Fact]
    public void Exposes_the_flag_and_its_inputs_to_the_compiler_through_build_and_buildTransitive()
    {
        string[] expected =
        [
            "JumioClientSide", "UsingMicrosoftNETSdkBlazorWebAssembly", "UsingMicrosoftNETSdkWebAssembly", "RuntimeIdentifier",
            "UseMaui", "TargetPlatformIdentifier", "UseWPF", "UseWindowsForms",
        ];

        Assert.All(evaluation.Results.Values, result => Assert.Superset(expected.ToHashSet(), result.CompilerVisible.ToHashSet()));
        Assert.Equal("true", evaluation.Transitive.ClientSide);
        Assert.Superset(expected.ToHashSet(), evaluation.Transitive.CompilerVisible.ToHashSet());
    }

    /// <summary>One MSBuild run that evaluates every case (one process instead of one per case).</summary>
    public sealed class Evaluation : IAsyncLifetime
    {
        private readonly string root = Directory.CreateTempSubdirectory("jumiogen-kind-").FullName;

        public Dictionary<string, (string ClientSide, string[] CompilerVisible)> Results { get; } = [];

        public (string ClientSide, string[] CompilerVisible) Transitive { get; private set; }

        public static string Key(string sdk, string properties) => sdk + "|" + properties;

        public async Task InitializeAsync()
        {
            var repository = DotnetCli.RepositoryRoot();
            var cases = Cases.Select(row => ((string)row[0], (string)row[1])).ToList();
            var projects = new List<string>();
            for (var i = 0; i < cases.Count; i++)
            {
                projects.Add(await WriteCaseAsync($"case{i}", cases[i].Item1, cases[i].Item2, Path.Combine(repository, "src", "JumioGen", "build", "JumioGen.targets")));
            }

            var transitive = await WriteCaseAsync("transitive", "Microsoft.NET.Sdk", "<TargetFramework>net10.0-ios</TargetFramework>", Path.Combine(repository, "src", "JumioGen", "buildTransitive", "JumioGen.targets"));
            await File.WriteAllTextAsync(Path.Combine(root, "all.proj"), $"""
                <Project>
                  <ItemGroup>
                    {string.Concat(projects.Append(transitive).Select(p => $"<Case Include=\"{p}\" />"))}
                  </ItemGroup>
                  <Target Name="Report">
                    <MSBuild Projects="@(Case)" Targets="JumioReport">
                      <Output TaskParameter="TargetOutputs" ItemName="Reported" />
                    </MSBuild>
                    <Message Importance="high" Text="REPORT %(Reported.Identity)" />
                  </Target>
                </Project>
                """);

            var output = await DotnetCli.RunAsync(root, "msbuild", "all.proj", "-t:Report", "-nologo", "-v:m");
            var reported = output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("REPORT ", StringComparison.Ordinal))
                .Select(l => l["REPORT ".Length..].Split('='))
                .ToDictionary(p => p[0], p => (p[1], p[2].Split(',', StringSplitOptions.RemoveEmptyEntries)));
            for (var i = 0; i < cases.Count; i++)
            {
                Results[Key(cases[i].Item1, cases[i].Item2)] = reported[$"case{i}"];
            }

            Transitive = reported["transitive"];
        }

        public Task DisposeAsync()
        {
            Directory.Delete(root, recursive: true);
            return Task.CompletedTask;
        }

        private async Task<string> WriteCaseAsync(string name, string sdk, string properties, string targets)
        {
            var folder = Path.Combine(root, name);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "Directory.Build.targets"), $"""
                <Project>
                  <Import Project="{targets}" />
                  <Target Name="JumioReport" Returns="$(_JumioReport)">
                    <PropertyGroup>
                      <_JumioReport>{name}=$(JumioClientSide)=@(CompilerVisibleProperty, ',')</_JumioReport>
                    </PropertyGroup>
                  </Target>
                </Project>
                """);
            var project = Path.Combine(folder, "App.csproj");
            await File.WriteAllTextAsync(project, $"""
                <Project Sdk="{sdk}">
                  <PropertyGroup>{properties}</PropertyGroup>
                </Project>
                """);
            return project;
        }
    }
}
