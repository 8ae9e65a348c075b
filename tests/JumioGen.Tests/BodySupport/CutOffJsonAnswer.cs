using System.Net;
using System.Text;

namespace JumioGen.Tests;

/// <summary>Answers requests whose path ends with a suffix with 200 and JSON whose connection breaks half-way.</summary>
internal sealed class CutOffJsonAnswer(string pathSuffix) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!request.RequestUri!.AbsolutePath.EndsWith(pathSuffix, StringComparison.Ordinal))
        {
            return response;
        }

        response.Dispose();
        var content = new StreamContent(new Breaking());
        content.Headers.ContentType = new("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    private sealed class Breaking : ReadOnlyForwardStream
    {
        private static readonly byte[] Head = Encoding.ASCII.GetBytes("{\"workflowExecution\":{\"id\":\"w-1\",\"sta");
        private bool _sent;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_sent)
            {
                throw new IOException("The response ended prematurely (connection reset by the test).");
            }

            _sent = true;
            Head.CopyTo(buffer, offset);
            return Head.Length;
        }
    }
}
