using Microsoft.CodeAnalysis;

namespace JumioGen.Benchmarks.Generator;

/// <summary>Sanity checks that keep the generator benchmark honest.</summary>
internal static class GeneratorChecks
{
    /// <summary>Every interface got its generated file, and the generator reported no error.</summary>
    public static void EnsureGenerated(GeneratorDriver driver, GeneratorWorkload workload)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException($"{workload.Name}'s generator threw.", exception);
        }

        var generated = string.Concat(result.GeneratedSources.Select(source => source.SourceText.ToString()));
        var missing = Enumerable.Range(0, GeneratorWorkload.Interfaces)
            .Select(workload.InterfaceName)
            .Where(name => !generated.Contains(name, StringComparison.Ordinal))
            .ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"{workload.Name}'s generator produced {result.GeneratedSources.Length} files and nothing for {missing.Length} interfaces, e.g. {missing[0]}.");
        }
    }

    /// <summary>The generated code compiles without errors (slow: binds every generated method; run once, not per benchmark).</summary>
    public static void EnsureOutputCompiles(GeneratorWorkload workload, ISourceGenerator generator)
    {
        Generators.CreateDriver(generator).RunGeneratorsAndUpdateCompilation(workload.Compilation, out var output, out _);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException($"{workload.Name}'s generated code does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        }
    }
}
