using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// Reads the start of a response body and stops there, so a misbehaving proxy's 100 MB answer is never buffered.
/// The caller sends with <see cref="HttpCompletionOption.ResponseHeadersRead"/>; disposing the response then drops the rest.
/// </summary>
internal static class BoundedBody
{
    /// <summary>At most <paramref name="maxLength"/> characters of the body, and whether there was more.</summary>
    public static async Task<(string Text, bool Truncated)> ReadAsync(HttpContent content, int maxLength, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
            var buffer = new char[Math.Min(maxLength + 1, 16 * 1024)];
            var text = new StringBuilder();

            // One character past the limit tells a body that fits exactly from one that had to be cut.
            while (text.Length <= maxLength)
            {
                var read = await reader.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, maxLength + 1 - text.Length)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (text.ToString(), false);
                }

                text.Append(buffer, 0, read);
            }

            return (text.ToString(0, maxLength), true);
        }
    }
}
