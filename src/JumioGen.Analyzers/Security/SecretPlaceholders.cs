using System;
using System.Linq;
using System.Text;

namespace JumioGen.Analyzers.Security;

/// <summary>
/// Values that stand in for a secret rather than being one: "", "&lt;secret&gt;", "changeme", "xxx",
/// "YOUR_CLIENT_SECRET", "${JUMIO_SECRET}", "fake-secret" (the shapes detect-secrets and gitleaks treat as false positives).
/// </summary>
internal static class SecretPlaceholders
{
    // A value containing one of these words is a description of a secret, not a secret.
    private static readonly string[] Words = ["secret", "password", "changeme", "placeholder", "example", "dummy", "replace", "redacted", "notset"];

    // A value starting with one of these is an instruction or a test value.
    private static readonly string[] Prefixes = ["your", "fake", "test", "sample", "todo", "tbd", "insert", "enter", "put", "none", "null", "empty"];

    public static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || IsWrapped(trimmed))
        {
            return true;
        }

        var normalized = Normalize(trimmed);
        if (normalized.Length == 0 || normalized.All(c => c == normalized[0]))
        {
            return true;
        }

        return Words.Any(w => normalized.IndexOf(w, StringComparison.Ordinal) >= 0) || Prefixes.Any(p => normalized.StartsWith(p, StringComparison.Ordinal));
    }

    // <secret>, {secret}, [secret], ${SECRET}, %SECRET%, __SECRET__, #{secret}#
    private static bool IsWrapped(string value) =>
        value.Length >= 2 && (
            value[0] == '<' && value[value.Length - 1] == '>'
            || value[0] == '{' && value[value.Length - 1] == '}'
            || value[0] == '[' && value[value.Length - 1] == ']'
            || value.StartsWith("${", StringComparison.Ordinal) && value[value.Length - 1] == '}'
            || value.StartsWith("#{", StringComparison.Ordinal)
            || value[0] == '%' && value[value.Length - 1] == '%'
            || value.StartsWith("__", StringComparison.Ordinal) && value.EndsWith("__", StringComparison.Ordinal));

    private static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
