using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http;

namespace JumioGen;

/// <summary>
/// Takes a request's own credentials out of what an error keeps (body, headers, reason phrase). A proxy or WAF page
/// that reflects the refused request would otherwise hand the bearer token, or the Basic client secret, back to the
/// caller inside an exception, and from there into a log.
/// </summary>
internal readonly struct CredentialRedaction
{
    /// <summary>What stands in for a removed credential.</summary>
    public const string Placeholder = "<redacted>";

    // Shorter values could be ordinary words of a body; no real token or secret is this short.
    private const int MinimumLength = 8;

    private readonly string[] _secrets;

    private CredentialRedaction(string[] secrets) => _secrets = secrets;

    /// <summary>The request's Authorization parameter (a bearer token, or Basic's base64 id:secret) and any <paramref name="more"/>.</summary>
    public static CredentialRedaction For(HttpRequestMessage request, params string?[] more)
    {
        var secrets = new List<string>();
        foreach (var value in (string?[])[request.Headers.Authorization?.Parameter, .. more])
        {
            if (value is { Length: >= MinimumLength } && !secrets.Contains(value))
            {
                secrets.Add(value);
            }
        }

        // Longest first, so a secret that contains another is replaced whole.
        secrets.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        return new CredentialRedaction([.. secrets]);
    }

    [return: NotNullIfNotNull(nameof(text))]
    public string? Text(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var secret in _secrets ?? [])
        {
            text = text.Replace(secret, Placeholder, StringComparison.Ordinal);
        }

        return text;
    }

    public IReadOnlyDictionary<string, string[]> Headers(IReadOnlyDictionary<string, string[]> headers)
    {
        var result = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            var values = new string[header.Value.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Text(header.Value[i]);
            }

            result[header.Key] = values;
        }

        return result;
    }
}
