using System;

namespace JumioGen.Analyzers.Hosts;

/// <summary>
/// Whether a piece of text could hold a Jumio host: every Jumio host ends in jumio.ai, jumio.com or netverify.com
/// (<see cref="JumioUrl.Classify"/>).
/// </summary>
internal static class JumioHostText
{
    /// <summary>False when <paramref name="text"/> cannot hold a Jumio host: a cheap test before parsing it as a URL.</summary>
    public static bool MayNameJumioHost(string? text) =>
        text is not null
        && (text.IndexOf("jumio", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("netverify", StringComparison.OrdinalIgnoreCase) >= 0);
}
