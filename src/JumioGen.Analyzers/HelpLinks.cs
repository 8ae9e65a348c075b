namespace JumioGen.Analyzers;

/// <summary>Where each rule's documentation page lives (docs/diagnostics/JUMIOnnn.md).</summary>
/// <remarks>
/// <c>RepositoryUrl</c> is written at build time from the MSBuild property <c>JumioGenRepositoryUrl</c>
/// (Directory.Build.props), the one place the repository address lives; see JumioGen.Analyzers.csproj.
/// </remarks>
internal static partial class HelpLinks
{
    public static string For(string diagnosticId) => RepositoryUrl + "/blob/main/docs/diagnostics/" + diagnosticId + ".md";
}
