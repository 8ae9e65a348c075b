using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace JumioGen.Analyzers.Tests.Verifiers;

/// <summary>Runs one analyzer over markup sources (<c>{|JUMIO001:…|}</c>) against .NET 10 and the JumioGen runtime.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string source, params (string Name, string Value)[] buildProperties) =>
        VerifyAsync([source], buildProperties);

    public static Task VerifyAsync(string[] sources, params (string Name, string Value)[] buildProperties)
    {
        var test = Create(buildProperties);
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        return test.RunAsync();
    }

    public static Task VerifyAsync((string FileName, string Source) file, params (string Name, string Value)[] buildProperties)
    {
        var test = Create(buildProperties);
        test.TestState.Sources.Add(file);
        return test.RunAsync();
    }

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(params (string Name, string Value)[] buildProperties)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.ReferenceAssemblies,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Additional);
        if (buildProperties.Length > 0)
        {
            test.TestState.AnalyzerConfigFiles.Add(TestReferences.GlobalConfig(buildProperties));
        }

        return test;
    }
}
