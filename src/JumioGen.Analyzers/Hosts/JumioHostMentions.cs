using System;
using Microsoft.CodeAnalysis;

namespace JumioGen.Analyzers.Hosts;

/// <summary>
/// What the constants of one type (its own, and other types' <c>const</c>s it uses) could spell of a Jumio host, fed
/// every operation of the type. Addresses are only ever built from constant text (<see cref="ValueFlow.StringResolver"/>),
/// so a host the constants cannot spell is never found: the value flow need not be built to know it.
/// </summary>
internal sealed class JumioHostMentions
{
    private bool jumio;
    private bool netverify;
    private bool apiLabel;

    /// <summary>Some constant mentions jumio or netverify: every Jumio host (<see cref="JumioUrl.Classify"/>) needs one.</summary>
    public bool AnyHost => jumio || netverify;

    /// <summary>
    /// The constants could spell a REST API host (account, api or retrieval .{dc}.jumio.ai) or a legacy one (netverify.com,
    /// core-sgp.jumio.com); the token endpoint auth.{dc}.jumio.ai alone is not enough.
    /// </summary>
    public bool ApiOrLegacyHost => netverify || jumio && apiLabel;

    public void Add(IOperation operation)
    {
        if (operation.ConstantValue is not { HasValue: true, Value: string text })
        {
            return;
        }

        jumio = jumio || Contains(text, "jumio");
        netverify = netverify || Contains(text, "netverify");
        apiLabel = apiLabel || Contains(text, "account") || Contains(text, "api") || Contains(text, "retrieval") || Contains(text, "core-sgp");
    }

    // Host names are compared in lower case (JumioUrl), so the constants are searched without regard to case.
    private static bool Contains(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
}
