using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JumioGen.Analyzers;
using JumioGen.Analyzers.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace JumioGen.CodeFixes.Security;

/// <summary>JUMIO004 fix for a plain <c>http://</c> Jumio address: writes <c>https://</c> in the literal, keeping its style.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseHttpsCodeFix))]
[Shared]
public sealed class UseHttpsCodeFix : CodeFixProvider
{
    private const string Title = "Use https://";

    private const string EquivalenceKey = DiagnosticDescriptors.InsecureJumioTransportId + ".UseHttps";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.InsecureJumioTransportId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(InsecureJumioTransportAnalyzer.KindProperty, out var kind)
                && kind == InsecureJumioTransportAnalyzer.HttpKind
                && SchemeSpan(text, diagnostic.Location.SourceSpan) is { } scheme)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => Task.FromResult(context.Document.WithText(text.WithChanges(new TextChange(scheme, "https://")))), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    // The "http://" inside the literal's source text (after the opening quote of "…", @"…", $"…" or """…""").
    private static TextSpan? SchemeSpan(SourceText text, TextSpan literal)
    {
        var source = text.ToString(literal);
        var index = source.IndexOf("http://", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? null : new TextSpan(literal.Start + index, "http://".Length);
    }
}
