using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace JumioGen.Generator.Tests;

/// <summary>
/// The System.Text.Json source generator from the installed .NET SDK's reference pack, so test compilations get the
/// JsonSerializerContext code a real build would (JumioGen's generated code relies on a context's <c>Default</c>).
/// </summary>
internal static class SdkGenerators
{
    public static readonly Lazy<ISourceGenerator[]> SystemTextJson = new(Load);

    private static ISourceGenerator[] Load()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/10.0.x/ → .../dotnet/packs/Microsoft.NETCore.App.Ref/10.0.x/analyzers/dotnet/cs
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var packs = new DirectoryInfo(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"));
        var generator = packs.GetDirectories()
            .Where(version => version.Name.StartsWith(Environment.Version.Major + ".", StringComparison.Ordinal))
            .OrderByDescending(version => Version.TryParse(version.Name.Split('-')[0], out var parsed) ? parsed : new Version())
            .Select(version => Path.Combine(version.FullName, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"No System.Text.Json source generator under {packs.FullName}.");

        var assembly = Assembly.LoadFrom(generator);
        return assembly.GetTypes()
            .Where(type => !type.IsAbstract && type.GetCustomAttributes<GeneratorAttribute>().Any())
            .Select(type => Activator.CreateInstance(type) switch
            {
                IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
                ISourceGenerator source => source,
                _ => throw new InvalidOperationException(type.FullName + " is not a generator."),
            })
            .ToArray();
    }
}
