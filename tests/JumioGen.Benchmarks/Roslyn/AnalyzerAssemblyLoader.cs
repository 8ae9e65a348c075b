using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JumioGen.Benchmarks.Roslyn;

/// <summary>
/// Instantiates the generators and analyzers an analyzer assembly declares, the way the compiler finds them: every
/// public or internal non-abstract type marked [Generator] / [DiagnosticAnalyzer] for C#.
/// </summary>
internal static class AnalyzerAssemblyLoader
{
    public static Assembly LoadFrom(string path) =>
        File.Exists(path) ? Assembly.LoadFrom(path) : throw new FileNotFoundException($"Analyzer assembly not found: {path}", path);

    public static IReadOnlyList<ISourceGenerator> Generators(Assembly assembly) =>
        ConcreteTypes(assembly)
            .Where(type => type.GetCustomAttributes<GeneratorAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .Select(Instantiate)
            .Select(instance => instance switch
            {
                IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
                ISourceGenerator classic => classic,
                _ => throw new InvalidOperationException($"{instance.GetType()} is marked [Generator] but is not a generator."),
            })
            .ToArray();

    public static IReadOnlyList<DiagnosticAnalyzer> Analyzers(Assembly assembly) =>
        ConcreteTypes(assembly)
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .Select(type => (DiagnosticAnalyzer)Instantiate(type))
            .ToArray();

    private static IEnumerable<Type> ConcreteTypes(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // Analyzer assemblies may hold code fixes whose Workspaces types are not loadable here; skip those.
            types = e.Types;
        }

        return types.OfType<Type>().Where(type => type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false })
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
    }

    private static object Instantiate(Type type) =>
        Activator.CreateInstance(type, nonPublic: true) ?? throw new InvalidOperationException($"Cannot create {type}.");
}
