using System.Globalization;
using System.Text.RegularExpressions;

namespace JumioGen.Tests;

/// <summary>
/// The hand-written <see cref="TokenLifetime.TryParse"/> against the Regex it replaced (<c>^([+-]?\d+)([smhd])$</c>
/// plus the same number parsing): same answers for every input, except where the old code threw.
/// </summary>
public sealed partial class TokenLifetimeTests
{
    [Theory]
    [InlineData("5m")]
    [InlineData("30m")]
    [InlineData("+5m")]
    [InlineData("-5m")]
    [InlineData("0s")]
    [InlineData("-0d")]
    [InlineData("0005m")]
    [InlineData("300s")]
    [InlineData("299s")]
    [InlineData("1h")]
    [InlineData("60d")]
    [InlineData("61d")]
    [InlineData("1440h")]
    [InlineData("1441h")]
    [InlineData("86400m")]
    [InlineData("5184000s")]
    [InlineData("5184001s")]
    [InlineData("100000000s")]
    [InlineData("100000001s")]
    [InlineData("-100000000h")]
    [InlineData("9223372036854775807m")]
    [InlineData("99999999999999999999m")]
    [InlineData("5m\n")]
    [InlineData("5m\n\n")]
    [InlineData("5m\r\n")]
    [InlineData("\n5m")]
    [InlineData("5M")]
    [InlineData("5 m")]
    [InlineData(" 5m")]
    [InlineData("5m ")]
    [InlineData("5")]
    [InlineData("m")]
    [InlineData("+m")]
    [InlineData("+-5m")]
    [InlineData("--5m")]
    [InlineData("5mm")]
    [InlineData("5w")]
    [InlineData("1.5h")]
    [InlineData("1e3s")]
    [InlineData("٣m")] // an Arabic-Indic digit: \d matches it, long.TryParse does not
    [InlineData("５m")] // a full-width digit
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("+")]
    [InlineData("-")]
    public void Parses_exactly_what_the_regex_parsed(string value)
    {
        Assert.Equal(RegexTryParse(value), TokenLifetime.TryParse(value));
    }

    [Fact]
    public void Agrees_with_the_regex_on_random_inputs()
    {
        const string alphabet = "0123456789+-smhdwM \n.٣";
        var random = new Random(4711);
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 8)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var value = new string(chars);
            Assert.True(RegexTryParse(value) == TokenLifetime.TryParse(value), $"\"{Regex.Escape(value)}\"");
        }
    }

    [Theory]
    [InlineData("20000000d")] // more days than a TimeSpan holds: the Regex version threw OverflowException
    [InlineData("-20000000d")]
    [InlineData("-9223372036854775808m")] // Math.Abs(long.MinValue) threw OverflowException
    public void Values_the_regex_version_threw_for_are_not_lifetimes(string value)
    {
        Assert.ThrowsAny<OverflowException>(() => RegexTryParse(value));
        Assert.Null(TokenLifetime.TryParse(value));
    }

    [Fact]
    public void Null_is_not_a_lifetime()
    {
        Assert.Null(TokenLifetime.TryParse(null));
    }

    [Theory]
    [InlineData("5m", null)]
    [InlineData("60d", null)]
    [InlineData("+300s", null)]
    [InlineData("4m", "TokenLifetime \"4m\" must be between 5m and 60d.")]
    [InlineData("-5m", "TokenLifetime \"-5m\" must be between 5m and 60d.")]
    [InlineData("61d", "TokenLifetime \"61d\" must be between 5m and 60d.")]
    [InlineData("30", "TokenLifetime \"30\" is not in Jumio's format: a number and a unit s, m, h or d, e.g. \"30m\" or \"1d\".")]
    [InlineData("1w", "TokenLifetime \"1w\" is not in Jumio's format: a number and a unit s, m, h or d, e.g. \"30m\" or \"1d\".")]
    [InlineData("20000000d", "TokenLifetime \"20000000d\" is not in Jumio's format: a number and a unit s, m, h or d, e.g. \"30m\" or \"1d\".")]
    public void Validation_gives_the_same_errors(string value, string? expected)
    {
        var request = new AccountRequest { CustomerInternalReference = "r", WorkflowDefinition = new WorkflowDefinition { Key = 10011 }, TokenLifetime = value };

        var errors = request.GetValidationErrors();

        Assert.Equal(expected is null ? Array.Empty<string>() : [expected], errors);
    }

    // The implementation TokenLifetime.TryParse had before it was hand-written, kept as the reference.
    private static TimeSpan? RegexTryParse(string value)
    {
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
