using JumioGen.Benchmarks.Calls;

namespace JumioGen.Benchmarks.Tokens;

/// <summary>
/// An access-token cache holding a fresh token for one credential, its token endpoint answered by the stub.
/// The one place that knows how the runtime's internal token types are constructed.
/// </summary>
internal sealed class TokenCacheFixture
{
    public TokenCacheFixture()
    {
        var stub = new StubJumioHandler();
        var time = TimeProvider.System;
        Cache = new AccessTokenCache(new TokenEndpointClient(() => new HttpClient(stub, disposeHandler: false), time), time);
        Credential = new JumioCredential(
            new Uri(CannedJumio.BaseAddress, "oauth2/token"), CannedJumio.ClientId, CannedJumio.ClientSecret, CannedJumio.UserAgent, TimeSpan.FromMinutes(5));

        var first = Cache.GetAsync(Credential, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        var second = Cache.GetAsync(Credential, CancellationToken.None);
        if (!second.IsCompletedSuccessfully || !ReferenceEquals(first, second.Result) || stub.TokenRequests != 1)
        {
            throw new InvalidOperationException("The token cache did not serve the cached token synchronously after warm-up.");
        }
    }

    public AccessTokenCache Cache { get; }

    public JumioCredential Credential { get; }
}
