using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Analyzers;

/// <summary>
/// Whether the project ships to end-user devices, read once per compilation from the MSBuild properties that the
/// package's build/JumioGen.targets exposes (<c>build_property.*</c> in the generated global analyzer config).
/// <c>JumioClientSide</c> is the computed flag (or the user's explicit override); when it is missing (a project that
/// references the analyzers without the package's targets), the same inputs are evaluated here.
/// </summary>
internal sealed class ProjectKind
{
    public const string ClientSideProperty = "JumioClientSide";

    private ProjectKind(bool isClientSide, string reason)
    {
        IsClientSide = isClientSide;
        Reason = reason;
    }

    public bool IsClientSide { get; }

    /// <summary>Why the project counts as client-side, in words for the diagnostic ("Blazor WebAssembly").</summary>
    public string Reason { get; }

    public static ProjectKind From(AnalyzerConfigOptions globalOptions)
    {
        var reason = ReasonFromInputs(globalOptions);
        var explicitFlag = Read(globalOptions, ClientSideProperty);
        if (explicitFlag.Length > 0)
        {
            var isClientSide = IsTrue(explicitFlag);
            return new ProjectKind(isClientSide, reason ?? "<JumioClientSide>true</JumioClientSide>");
        }

        return new ProjectKind(reason is not null, reason ?? string.Empty);
    }

    private static string? ReasonFromInputs(AnalyzerConfigOptions options)
    {
        var runtimeIdentifier = Read(options, "RuntimeIdentifier");
        if (IsTrue(Read(options, "UsingMicrosoftNETSdkBlazorWebAssembly")))
        {
            return "Blazor WebAssembly";
        }

        if (IsTrue(Read(options, "UsingMicrosoftNETSdkWebAssembly")) && !Is(runtimeIdentifier, "wasi-wasm"))
        {
            return "WebAssembly";
        }

        if (Is(runtimeIdentifier, "browser-wasm"))
        {
            return "RuntimeIdentifier browser-wasm";
        }

        if (IsTrue(Read(options, "UseMaui")))
        {
            return ".NET MAUI";
        }

        var platform = Read(options, "TargetPlatformIdentifier");
        if (Is(platform, "android") || Is(platform, "ios") || Is(platform, "maccatalyst") || Is(platform, "tvos") || Is(platform, "browser"))
        {
            return "target platform " + platform.ToLowerInvariant();
        }

        if (IsTrue(Read(options, "UseWPF")))
        {
            return "WPF";
        }

        if (IsTrue(Read(options, "UseWindowsForms")))
        {
            return "Windows Forms";
        }

        return null;
    }

    private static string Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && value is not null ? value.Trim() : string.Empty;

    private static bool IsTrue(string value) => Is(value, "true");

    private static bool Is(string value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
