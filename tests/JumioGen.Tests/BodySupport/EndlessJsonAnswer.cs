using System.Net;
using System.Text;

namespace JumioGen.Tests;

/// <summary>
/// Answers every request whose path ends with a suffix with 200 and 64 MB of JSON that never closes — one string value
/// going on and on, which a JSON reader would buffer whole — and counts the bytes the client pulled.
/// </summary>
internal sealed class EndlessJsonAnswer(string pathSuffix)
{
    private long _served;

    private string PathSuffix { get; } = pathSuffix;

    public long BytesServed => Interlocked.Read(ref _served);

    public DelegatingHandler CreateHandler() => new Handler(this);

    private sealed class Handler(EndlessJsonAnswer answer) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!request.RequestUri!.AbsolutePath.EndsWith(answer.PathSuffix, StringComparison.Ordinal))
            {
                return response;
            }

            response.Dispose();
            var content = new StreamContent(new Endless(answer));
            content.Headers.ContentType = new("application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }

    private sealed class Endless(EndlessJsonAnswer answer) : ReadOnlyForwardStream
    {
        private const long Limit = 64L * 1024 * 1024;
        private static readonly byte[] Head = Encoding.ASCII.GetBytes("{\"workflow\":{\"id\":\"");
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            // Finite, so a client without a bound fails the test instead of eating the machine's memory.
            count = (int)Math.Min(count, Limit - _position);
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = _position + i < Head.Length ? Head[_position + i] : (byte)'x';
            }

            _position += count;
            Interlocked.Add(ref answer._served, count);
            return count;
        }
    }
}
