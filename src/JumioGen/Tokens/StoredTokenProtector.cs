using System;
using System.Buffers.Binary;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace JumioGen;

/// <summary>
/// Seals a token for a shared store with AES-256-GCM under a key derived from the client secret, bound to the
/// entry's key. Whoever can read the store but does not hold the secret learns nothing and cannot plant a token;
/// an entry that does not open is a cache miss.
/// </summary>
internal static class StoredTokenProtector
{
    // Layout: format (1) | nonce (12) | tag (16) | ciphertext of [obtainedAt ms (8) | expiresAt ms (8) | UTF-8 token].
    private const byte Format = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int TimesSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;

    public static byte[] Protect(JumioTokenStoreKey key, JumioStoredToken token)
    {
        var plaintext = new byte[TimesSize + Encoding.UTF8.GetByteCount(token.Value)];
        BinaryPrimitives.WriteInt64BigEndian(plaintext, token.ObtainedAt.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteInt64BigEndian(plaintext.AsSpan(8), token.ExpiresAt.ToUnixTimeMilliseconds());
        Encoding.UTF8.GetBytes(token.Value, plaintext.AsSpan(TimesSize));

        var sealedEntry = new byte[HeaderSize + plaintext.Length];
        sealedEntry[0] = Format;
        var nonce = sealedEntry.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.ProtectionKey, TagSize))
        {
            aes.Encrypt(nonce, plaintext, sealedEntry.AsSpan(HeaderSize), sealedEntry.AsSpan(1 + NonceSize, TagSize), AssociatedData(key));
        }

        CryptographicOperations.ZeroMemory(plaintext);
        return sealedEntry;
    }

    /// <exception cref="InvalidDataException">The entry was not written by this format under this key (tampered, truncated, another secret).</exception>
    public static JumioStoredToken Unprotect(JumioTokenStoreKey key, byte[] sealedEntry)
    {
        if (sealedEntry.Length < HeaderSize + TimesSize + 1 || sealedEntry[0] != Format)
        {
            throw new InvalidDataException("The stored token entry has an unknown format.");
        }

        var plaintext = new byte[sealedEntry.Length - HeaderSize];
        try
        {
            using (var aes = new AesGcm(key.ProtectionKey, TagSize))
            {
                aes.Decrypt(sealedEntry.AsSpan(1, NonceSize), sealedEntry.AsSpan(HeaderSize), sealedEntry.AsSpan(1 + NonceSize, TagSize), plaintext, AssociatedData(key));
            }

            var obtainedAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(plaintext));
            var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(plaintext.AsSpan(8)));
            return new JumioStoredToken(Encoding.UTF8.GetString(plaintext, TimesSize, plaintext.Length - TimesSize), obtainedAt, expiresAt);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            // Deliberately vague: the reason (wrong key or altered bytes) is not something to act on differently.
            throw new InvalidDataException("The stored token entry could not be authenticated.", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] AssociatedData(JumioTokenStoreKey key) => Encoding.UTF8.GetBytes(key.Id);
}
