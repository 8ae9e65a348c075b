using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JumioGen.Testing;

/// <summary>Validates a create/update account body the way Jumio documents it (required fields, limits, tokenLifetime).</summary>
internal static partial class AccountRequestReader
{
    private const string ForbiddenReferenceCharacters = "<>\"/;\\`%{}|";
    private static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan MinTokenLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromDays(60);

    /// <summary>Reads the request, or returns null with a human-readable reason (sent back as the 400's detail).</summary>
    public static FakeWorkflowRequest? TryRead(JsonElement root, out string error)
    {
        error = string.Empty;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "The request body must be a JSON object.";
            return null;
        }

        if (!TryGetString(root, "customerInternalReference", out var reference, ref error) || reference is null)
        {
            error = error.Length > 0 ? error : "customerInternalReference is required.";
            return null;
        }

        if (reference.Length is < 1 or > 100 || reference.AsSpan().IndexOfAny(ForbiddenReferenceCharacters) >= 0)
        {
            error = "customerInternalReference must be 1-100 characters and must not contain any of <>\"/;\\`%{}|.";
            return null;
        }

        if (!TryGetString(root, "userReference", out var userReference, ref error))
        {
            return null;
        }

        if (userReference is { Length: < 1 or > 100 })
        {
            error = "userReference must be 1-100 characters.";
            return null;
        }

        if (!root.TryGetProperty("workflowDefinition", out var definition) || definition.ValueKind != JsonValueKind.Object)
        {
            error = "workflowDefinition is required.";
            return null;
        }

        var key = ReadKey(definition);
        if (key is null)
        {
            error = "workflowDefinition.key is required.";
            return null;
        }

        var categories = ReadCategories(definition, ref error);
        if (categories is null)
        {
            return null;
        }

        if (!TryGetString(root, "tokenLifetime", out var lifetimeText, ref error))
        {
            return null;
        }

        var lifetime = DefaultTokenLifetime;
        if (lifetimeText is not null && !TryParseLifetime(lifetimeText, out lifetime))
        {
            error = "tokenLifetime must match ^[+-]?\\d+[smhd]$ and lie between 5m and 60d.";
            return null;
        }

        string? locale = null, successUrl = null, errorUrl = null;
        if (root.TryGetProperty("web", out var web) && web.ValueKind == JsonValueKind.Object)
        {
            if (!TryGetString(web, "locale", out locale, ref error)
                || !TryGetString(web, "successUrl", out successUrl, ref error)
                || !TryGetString(web, "errorUrl", out errorUrl, ref error))
            {
                return null;
            }
        }

        return new FakeWorkflowRequest(reference, userReference, key, lifetime, categories, locale, successUrl, errorUrl);
    }

    /// <summary>Jumio's key is a number (e.g. 10011); a numeric string is accepted too. Returned as text.</summary>
    private static string? ReadKey(JsonElement definition)
    {
        if (!definition.TryGetProperty("key", out var key))
        {
            return null;
        }

        return key.ValueKind switch
        {
            JsonValueKind.Number => key.GetRawText(),
            JsonValueKind.String when !string.IsNullOrWhiteSpace(key.GetString()) => key.GetString(),
            _ => null,
        };
    }

    private static List<string>? ReadCategories(JsonElement definition, ref string error)
    {
        var categories = new List<string>();
        if (!definition.TryGetProperty("credentials", out var credentials) || credentials.ValueKind == JsonValueKind.Null)
        {
            categories.AddRange(FakeCredentialCategories.Default);
            return categories;
        }

        if (credentials.ValueKind != JsonValueKind.Array)
        {
            error = "workflowDefinition.credentials must be an array.";
            return null;
        }

        foreach (var credential in credentials.EnumerateArray())
        {
            var category = credential.ValueKind == JsonValueKind.Object
                && credential.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String
                ? c.GetString()!.ToUpperInvariant()
                : null;
            if (category is null || !FakeCredentialCategories.IsKnown(category))
            {
                error = "Each workflowDefinition.credentials entry needs a category: ID, FACEMAP, DOCUMENT or SELFIE.";
                return null;
            }

            categories.Add(category);
        }

        // An empty list asks for nothing in particular: use the default credentials.
        if (categories.Count == 0)
        {
            categories.AddRange(FakeCredentialCategories.Default);
        }

        return categories;
    }

    /// <summary>Absent or null → true with null; a string → true with it; anything else → false with an error.</summary>
    private static bool TryGetString(JsonElement obj, string name, out string? value, ref string error)
    {
        value = null;
        if (!obj.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            error = $"{name} must be a string.";
            return false;
        }

        value = element.GetString();
        return true;
    }

    internal static bool TryParseLifetime(string text, out TimeSpan lifetime)
    {
        lifetime = default;
        var match = LifetimePattern().Match(text);
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        var unitSeconds = match.Groups[2].Value switch
        {
            "s" => 1L,
            "m" => 60L,
            "h" => 3_600L,
            _ => 86_400L,
        };

        // Anything beyond 60 days is out of range anyway; this guard also keeps the multiplication from overflowing.
        if (amount > MaxTokenLifetime.TotalSeconds || amount < 0)
        {
            return false;
        }

        var value = TimeSpan.FromSeconds(amount * unitSeconds);
        if (value < MinTokenLifetime || value > MaxTokenLifetime)
        {
            return false;
        }

        lifetime = value;
        return true;
    }

    [GeneratedRegex(@"^([+-]?\d+)([smhd])\z", RegexOptions.CultureInvariant)]
    private static partial Regex LifetimePattern();
}
