using System.Net;
using JumioGen.Testing;

namespace JumioGen.Tests;

/// <summary>
/// How the token endpoint's answer body is read: headers first, then at most <see cref="JumioApiException.MaxBodyLength"/>
/// characters, so a huge body (a proxy's page, a broken endpoint) fails clearly instead of being buffered, and a body
/// cut off half-way is a network failure like any other.
/// </summary>
public sealed class TokenResponseBodyTests
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    [Fact]
    public async Task Huge_successful_token_answer_is_a_JumioException_after_reading_only_the_bound()
    {
        await using var fake = await FakeJumio.StartAsync();
        fake.InjectFault(FakeRouteNames.Token, FakeFault.LargeBody(200, HundredMegabytes));
        var reads = new BodyReadCounter();
        using var http = new HttpClient(WithCounter(reads));

        var error = await Assert.ThrowsAsync<JumioException>(() => new TokenEndpointClient(() => http, new TestClock()).RequestAsync(CredentialFor(fake), default));

        Assert.IsNotAssignableFrom<JumioApiException>(error);
        Assert.Contains("longer than 64 KB", error.Message);
        Assert.False(TokenRetryPolicy.IsTransient(error), "a body no token answer can have is not worth another 64 KB");
        AssertReadOnlyTheBound(reads);
    }

    [Fact]
    public async Task Huge_token_error_body_is_kept_bounded_after_reading_only_the_bound()
    {
        await using var fake = await FakeJumio.StartAsync();
        fake.InjectFault(FakeRouteNames.Token, FakeFault.LargeBody(503, HundredMegabytes));
        var reads = new BodyReadCounter();
        using var http = new HttpClient(WithCounter(reads));

        var error = await Assert.ThrowsAsync<JumioApiException>(() => new TokenEndpointClient(() => http, new TestClock()).RequestAsync(CredentialFor(fake), default));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(JumioApiException.MaxBodyLength, error.Body!.Length);
        AssertReadOnlyTheBound(reads);
    }

    [Fact]
    public async Task Ordinary_token_answer_is_read_whole_and_counted()
    {
        await using var fake = await FakeJumio.StartAsync();
        var reads = new BodyReadCounter();
        using var http = new HttpClient(WithCounter(reads));

        var token = await new TokenEndpointClient(() => http, new TestClock()).RequestAsync(CredentialFor(fake), default);

        Assert.False(string.IsNullOrEmpty(token.Value));
        Assert.InRange(reads.BytesRead, 1, JumioApiException.MaxBodyLength);
    }

    [Fact]
    public async Task Token_answer_cut_off_mid_body_is_a_retryable_network_failure()
    {
        using var http = new HttpClient(new CutOffAnswer());

        var error = await Assert.ThrowsAsync<JumioException>(() =>
            new TokenEndpointClient(() => http, new TestClock()).RequestAsync(CredentialFor(new Uri("http://127.0.0.1:1/oauth2/token")), default));

        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.True(TokenRetryPolicy.IsTransient(error));
        Assert.Equal("network", TokenRetryPolicy.Describe(error));
    }

    // One that buffered first would have pulled all 100 MB; a bounded one stops at the limit plus one read buffer.
    private static void AssertReadOnlyTheBound(BodyReadCounter reads) =>
        Assert.InRange(reads.BytesRead, JumioApiException.MaxBodyLength, 2L * JumioApiException.MaxBodyLength);

    private static HttpMessageHandler WithCounter(BodyReadCounter reads)
    {
        var handler = reads.CreateHandler();
        handler.InnerHandler = new SocketsHttpHandler();
        return handler;
    }

    private static JumioCredential CredentialFor(FakeJumio fake) =>
        new(new Uri(fake.BaseAddress, "oauth2/token"), fake.ClientId, fake.ClientSecret, "JumioGen Tests/1.0", TimeSpan.FromMinutes(5));

    private static JumioCredential CredentialFor(Uri tokenEndpoint) =>
        new(tokenEndpoint, "client-id", "client-secret", "JumioGen Tests/1.0", TimeSpan.FromMinutes(5));

    /// <summary>Answers 200 with headers, then breaks the connection a few bytes into the body (no network involved).</summary>
    private sealed class CutOffAnswer : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BreakingStream()) });

        private sealed class BreakingStream() : MemoryStream("{\"access_"u8.ToArray())
        {
            private bool _sentStart;

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                if (_sentStart)
                {
                    throw new IOException("The response ended prematurely.");
                }

                _sentStart = true;
                return base.ReadAsync(buffer, cancellationToken);
            }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        }
    }
}
