namespace JumioGen.Analyzers;

/// <summary>Categories shown in the IDE and used in .editorconfig (dotnet_analyzer_diagnostic.category-…).</summary>
internal static class DiagnosticCategories
{
    public const string Security = "JumioGen.Security";

    public const string Declarations = "JumioGen.Declarations";
}
