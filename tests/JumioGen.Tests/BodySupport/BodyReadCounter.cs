using System.Net;

namespace JumioGen.Tests;

/// <summary>
/// Counts the response-body bytes a client really pulls through its handler pipeline, whether it streams them or
/// lets <see cref="HttpClient"/> buffer them (ResponseContentRead reads through the same content), so a test can tell
/// "read the first 64 KB and stopped" from "buffered 100 MB, then cut it".
/// </summary>
internal sealed class BodyReadCounter
{
    private long _bytesRead;

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>A new handler counting into this counter (IHttpClientFactory wants a fresh one per pipeline).</summary>
    public DelegatingHandler CreateHandler() => new CountingHandler(this);

    private void Add(int count) => Interlocked.Add(ref _bytesRead, count);

    private sealed class CountingHandler(BodyReadCounter counter) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            response.Content = new CountingContent(response.Content, counter);
            return response;
        }
    }

    private sealed class CountingContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly BodyReadCounter _counter;

        public CountingContent(HttpContent inner, BodyReadCounter counter)
        {
            _inner = inner;
            _counter = counter;
            foreach (var header in inner.Headers)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await using var source = await CreateContentReadStreamAsync();
            await source.CopyToAsync(stream);
        }

        protected override async Task<Stream> CreateContentReadStreamAsync() =>
            new CountingStream(await _inner.ReadAsStreamAsync(), _counter);

        protected override bool TryComputeLength(out long length)
        {
            length = _inner.Headers.ContentLength ?? 0;
            return _inner.Headers.ContentLength is not null;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class CountingStream(Stream inner, BodyReadCounter counter) : ReadOnlyForwardStream
    {
        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Counted(int read)
        {
            counter.Add(read);
            return read;
        }
    }
}
