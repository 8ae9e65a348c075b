using System.Net;
using System.Net.Http.Headers;

namespace JumioGen.Tests.Reliability;

/// <summary>A <c>Task&lt;JumioResponse&lt;T&gt;&gt;</c> operation hands back the same redacted headers as the exception would.</summary>
public sealed class JumioResponseRedactionTests
{
    private const string Token = "header.payload.signature-of-the-bearer";

    [Fact]
    public async Task Error_headers_of_a_response_do_not_repeat_the_request_credential()
    {
        var proxy = new ReflectingProxy();
        proxy.ReflectNext();
        var handler = proxy.CreateHandler(HttpStatusCode.BadGateway);
        handler.InnerHandler = new HttpClientHandler();
        var connection = new JumioConnection(new HttpClient(handler), JumioEndpoints.SingleHost(new Uri("http://127.0.0.1:9/")));
        var request = connection.CreateRequest(HttpMethod.Get, JumioHost.Retrieval, "api/v1/accounts/a");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var response = await connection.SendForResponseAsync(request, JumioJsonContext.Default.WorkflowStatus, CancellationToken.None);

        Assert.Equal(1, proxy.Reflected);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var headers = string.Join("\n", response.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value)));
        Assert.Contains("<redacted>", headers, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, headers, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, response.Error!.Body, StringComparison.Ordinal);
    }
}
