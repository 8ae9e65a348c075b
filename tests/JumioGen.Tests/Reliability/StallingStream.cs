namespace JumioGen.Tests.Reliability;

/// <summary>
/// A stream that gives some bytes, then blocks until the read is cancelled: a request body the network stopped taking,
/// or a response body Jumio stopped sending.
/// </summary>
internal sealed class StallingStream(byte[] head) : ReadOnlyForwardStream
{
    private int _position;

    /// <summary>Set once a read is blocked, so a test knows the call is inside the body.</summary>
    public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < head.Length)
        {
            var count = Math.Min(buffer.Length, head.Length - _position);
            head.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        Stalled.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return 0;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("asynchronous reads only");
}
