using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace JumioGen;

/// <summary>Jumio's <c>tokenLifetime</c> format: <c>^[+-]?\d+[smhd]$</c>, e.g. <c>30m</c>, <c>1d</c>.</summary>
public static partial class TokenLifetime
{
    /// <summary>The shortest lifetime Jumio accepts.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(5);

    /// <summary>The longest lifetime Jumio accepts.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(60);

    /// <summary>The lifetime a value stands for, or <see langword="null"/> if it is not in Jumio's format.</summary>
    public static TimeSpan? TryParse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var match = Pattern().Match(value);
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            || Math.Abs(amount) > 100_000_000)
        {
            return null;
        }

        return match.Groups[2].Value switch
        {
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
    }

    [GeneratedRegex(@"^([+-]?\d+)([smhd])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
