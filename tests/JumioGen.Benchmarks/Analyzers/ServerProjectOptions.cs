using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Benchmarks.Analyzers;

/// <summary>
/// The MSBuild properties a server-side (ASP.NET Core) project exposes to analyzers as <c>build_property.*</c>, so
/// analyzers that look at the project kind take their normal path.
/// </summary>
internal sealed class ServerProjectOptions : AnalyzerConfigOptionsProvider
{
    private static readonly Options Global = new(ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new Dictionary<string, string>
    {
        ["build_property.TargetFramework"] = "net10.0",
        ["build_property.TargetFrameworkIdentifier"] = ".NETCoreApp",
        ["build_property.RootNamespace"] = "Shop",
        ["build_property.OutputType"] = "Exe",
        ["build_property.UsingMicrosoftNETSdkWeb"] = "true",
        ["build_property.JumioClientSide"] = "false",
        ["build_property.TargetPlatformIdentifier"] = "",
        ["build_property.UsingMicrosoftNETSdkWebAssembly"] = "",
        ["build_property.UsingMicrosoftNETSdkBlazorWebAssembly"] = "",
        ["build_property.UseMaui"] = "",
        ["build_property.UseWPF"] = "",
        ["build_property.UseWindowsForms"] = "",
        ["build_property.RuntimeIdentifier"] = "",
    }));

    private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

    public static AnalyzerOptions Analyzer { get; } = new([], new ServerProjectOptions());

    public override AnalyzerConfigOptions GlobalOptions => Global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
