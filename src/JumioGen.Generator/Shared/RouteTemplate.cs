using System.Collections.Generic;

namespace JumioGen.Generator;

/// <summary>
/// A custom operation's path, e.g. <c>api/v1/accounts/{accountId}</c>: relative to the service host, with
/// <c>{name}</c> placeholders that parameters fill.
/// </summary>
internal sealed class RouteTemplate
{
    private RouteTemplate(string path, List<string> placeholders, string? error)
    {
        Path = path;
        Placeholders = placeholders;
        Error = error;
    }

    /// <summary>The path without a leading slash (so a base address with a path prefix, such as a proxy's, is kept).</summary>
    public string Path { get; }

    /// <summary>The placeholder names in order of appearance.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Why the path cannot be used, or <see langword="null"/>.</summary>
    public string? Error { get; }

    public static RouteTemplate Parse(string? text)
    {
        var placeholders = new List<string>();
        if (text is null)
        {
            return new RouteTemplate("", placeholders, "the path is missing");
        }

        var path = text.StartsWith("/", System.StringComparison.Ordinal) && !text.StartsWith("//", System.StringComparison.Ordinal) ? text.Substring(1) : text;
        if (IsAbsolute(path))
        {
            return new RouteTemplate(path, placeholders, "the path must be relative to the Jumio host (choose the host with Host = JumioHost.X)");
        }

        for (var i = 0; i < path.Length; i++)
        {
            switch (path[i])
            {
                case '}':
                    return new RouteTemplate(path, placeholders, "'}' without a matching '{'");
                case '#' or '\\':
                    return new RouteTemplate(path, placeholders, $"'{path[i]}' is not allowed in a path");
                case '{':
                    var close = path.IndexOf('}', i + 1);
                    var name = close < 0 ? "" : path.Substring(i + 1, close - i - 1);
                    if (!IsIdentifier(name))
                    {
                        return new RouteTemplate(path, placeholders, close < 0 ? "'{' without a matching '}'" : $"'{{{name}}}' is not a parameter name");
                    }

                    if (placeholders.Contains(name))
                    {
                        return new RouteTemplate(path, placeholders, $"'{{{name}}}' appears twice");
                    }

                    placeholders.Add(name);
                    i = close;
                    break;
            }
        }

        return new RouteTemplate(path, placeholders, null);
    }

    /// <summary>Renames every <c>{placeholder}</c> at once (so swapping two names works).</summary>
    public static string RenamePlaceholders(string path, IReadOnlyDictionary<string, string> renames)
    {
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < path.Length; i++)
        {
            var close = path[i] == '{' ? path.IndexOf('}', i) : -1;
            if (close < 0)
            {
                result.Append(path[i]);
                continue;
            }

            var name = path.Substring(i + 1, close - i - 1);
            result.Append('{').Append(renames.TryGetValue(name, out var renamed) ? renamed : name).Append('}');
            i = close;
        }

        return result.ToString();
    }

    // "https://…", "//host/…" or "mailto:…" would send the request (and its token) somewhere other than Jumio's host.
    private static bool IsAbsolute(string path)
    {
        if (path.StartsWith("/", System.StringComparison.Ordinal))
        {
            return true;
        }

        var colon = path.IndexOf(':');
        var firstSeparator = path.IndexOfAny(['/', '?', '{']);
        return colon >= 0 && (firstSeparator < 0 || colon < firstSeparator);
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
