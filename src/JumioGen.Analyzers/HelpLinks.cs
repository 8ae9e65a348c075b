namespace JumioGen.Analyzers;

/// <summary>Where each rule's documentation page lives (docs/diagnostics/JUMIOnnn.md).</summary>
internal static class HelpLinks
{
    /// <summary>The one place the repository address is written; change it when the repository gets its public home.</summary>
    public const string RepositoryUrl = "https://github.com/jumiogen/jumiogen";

    public static string For(string diagnosticId) => RepositoryUrl + "/blob/main/docs/diagnostics/" + diagnosticId + ".md";
}
