using System;
using Microsoft.CodeAnalysis;

namespace JumioGen.Analyzers.Hosts;

/// <summary>
/// Whether a constant could spell part of a Jumio host. Every Jumio host ends in jumio.ai, jumio.com or
/// netverify.com (<see cref="JumioUrl.Classify"/>), and addresses are only ever built from constant text, so a type
/// none of whose constants (its own or other types' <c>const</c>s it uses) mention them sends nothing to Jumio.
/// </summary>
internal static class JumioHostText
{
    public static bool MayNameJumioHost(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: string text } && MayNameJumioHost(text);

    /// <summary>False when <paramref name="text"/> cannot hold a Jumio host: a cheap test before parsing it as a URL.</summary>
    public static bool MayNameJumioHost(string? text) =>
        text is not null
        && (text.IndexOf("jumio", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("netverify", StringComparison.OrdinalIgnoreCase) >= 0);
}
