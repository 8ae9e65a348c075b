using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// Reads through to a stream whose length cannot be known up front and stops as soon as it passes a limit: an image
/// upload (instead of sending megabytes Jumio will refuse), or an answer read as JSON (instead of deserialising
/// whatever a misbehaving proxy sends). Leaves the inner stream open: it is the caller's.
/// </summary>
internal sealed class SizeLimitedStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly string _tooLarge;
    private long _read;

    /// <param name="inner">The stream read through.</param>
    /// <param name="limit">The most bytes it may give.</param>
    /// <param name="tooLarge">The message of the <see cref="InvalidDataException"/> thrown past the limit.</param>
    public SizeLimitedStream(Stream inner, long limit, string tooLarge)
    {
        _inner = inner;
        _limit = limit;
        _tooLarge = tooLarge;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        if (_read > _limit)
        {
            throw new InvalidDataException(_tooLarge);
        }

        return read;
    }
}
