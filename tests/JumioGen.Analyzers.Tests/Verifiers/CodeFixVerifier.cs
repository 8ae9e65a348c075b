using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace JumioGen.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs an analyzer and its code fix: the framework applies the fix one diagnostic at a time AND with Fix All
/// (document, project, solution scope), and checks that the result equals <c>FixedCode</c> and compiles.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.ReferenceAssemblies,

            // Fixed code must compile without new warnings too (e.g. CS0219 for a local left holding only the old literal).
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        test.DisabledDiagnostics.Add("CS1591"); // the framework parses doc comments in Diagnose mode; test types are undocumented
        foreach (var state in new[] { test.TestState })
        {
            state.AdditionalReferences.AddRange(TestReferences.Additional);
        }

        return test;
    }

    public static Task VerifyAsync(string source, string fixedSource)
    {
        var test = Create();
        test.TestCode = source;
        test.FixedCode = fixedSource;
        return test.RunAsync();
    }

    /// <summary>
    /// For fixes that leave the diagnostic in place (JUMIO001 points at the generated client but does not rewrite the
    /// hand-written call): markup in <paramref name="fixedSource"/> lists the diagnostics expected after the fix.
    /// </summary>
    public static Task VerifyWithRemainingDiagnosticsAsync(string source, string fixedSource) =>
        Create(source, fixedSource).RunAsync();

    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string fixedSource)
    {
        var test = Create();
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test;
    }
}
