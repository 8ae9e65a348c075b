using System;
using System.Buffers;
using System.Text.Json;

namespace JumioGen;

/// <summary>Reads claims from a JWT's payload without validating it (Jumio validates; we only need <c>exp</c>).</summary>
internal static class JwtClaims
{
    /// <summary>The <c>exp</c> claim, or <see langword="null"/> when the value is not a JWT or has none.</summary>
    public static DateTimeOffset? TryReadExpiry(string token)
    {
        var firstDot = token.IndexOf('.');
        var secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (secondDot < 0)
        {
            return null;
        }

        var payload = token.AsSpan(firstDot + 1, secondDot - firstDot - 1);
        if (payload.Length == 0 || payload.Length > 16 * 1024)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(payload.Length);
        try
        {
            if (!TryDecodeBase64Url(payload, buffer, out var length))
            {
                return null;
            }

            return ReadExp(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TryDecodeBase64Url(ReadOnlySpan<char> text, byte[] destination, out int written)
    {
        // Base64Url is net9+; mapping to standard base64 keeps net8 working.
        var padded = (text.Length + 3) / 4 * 4;
        var chars = ArrayPool<char>.Shared.Rent(padded);
        try
        {
            for (var i = 0; i < padded; i++)
            {
                chars[i] = i >= text.Length ? '=' : text[i] switch { '-' => '+', '_' => '/', var c => c };
            }

            return Convert.TryFromBase64Chars(chars.AsSpan(0, padded), destination, out written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static DateTimeOffset? ReadExp(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isExp = reader.ValueTextEquals("exp"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isExp && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seconds)
                    && seconds > 0 && seconds < 253402300799)
                {
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
