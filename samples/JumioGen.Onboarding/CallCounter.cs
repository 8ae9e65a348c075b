namespace JumioGen.Onboarding;

/// <summary>A count shared by every <see cref="CountingHandler"/> of one kind of call.</summary>
internal sealed class CallCount
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public void Increment() => Interlocked.Increment(ref _value);
}

/// <summary>
/// Counts requests that really go out (replays included), so the sample can report what a verification cost.
/// A new instance per handler chain: IHttpClientFactory rebuilds chains and a handler cannot be reused.
/// </summary>
internal sealed class CountingHandler(CallCount count) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        count.Increment();
        return base.SendAsync(request, cancellationToken);
    }
}
