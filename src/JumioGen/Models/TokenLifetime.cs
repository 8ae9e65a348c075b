using System;

namespace JumioGen;

/// <summary>Jumio's <c>tokenLifetime</c> format: <c>^[+-]?\d+[smhd]$</c>, e.g. <c>30m</c>, <c>1d</c>.</summary>
public static class TokenLifetime
{
    /// <summary>The shortest lifetime Jumio accepts.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(5);

    /// <summary>The longest lifetime Jumio accepts.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromDays(60);

    // Far beyond any valid lifetime; keeps the arithmetic below within long and TimeSpan.
    private const long MaximumAmount = 100_000_000;

    /// <summary>The lifetime a value stands for, or <see langword="null"/> if it is not in Jumio's format.</summary>
    /// <remarks>
    /// Hand-written rather than a Regex: it runs for every create/update account call and allocates nothing. Like the
    /// pattern's <c>$</c>, it also accepts one trailing <c>\n</c>. Amounts above 100,000,000 give <see langword="null"/>.
    /// </remarks>
    public static TimeSpan? TryParse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.AsSpan();
        if (text.EndsWith("\n".AsSpan()))
        {
            text = text[..^1];
        }

        if (text.Length < 2)
        {
            return null;
        }

        var negative = text[0] == '-';
        var digits = text[0] is '+' or '-' ? text[1..^1] : text[..^1];
        if (digits.IsEmpty)
        {
            return null;
        }

        long amount = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return null;
            }

            amount = amount * 10 + (digit - '0');
            if (amount > MaximumAmount)
            {
                return null;
            }
        }

        if (negative)
        {
            amount = -amount;
        }

        return text[^1] switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' when amount <= TimeSpan.MaxValue.Days && amount >= TimeSpan.MinValue.Days => TimeSpan.FromDays(amount),
            _ => null,
        };
    }
}
