using BenchmarkDotNet.Attributes;

namespace JumioGen.Benchmarks.Tokens;

/// <summary>
/// The hot path every API call takes: looking up a fresh cached access token. It must allocate nothing; under
/// concurrency it must not serialise callers (per-lookup time should stay flat or drop with more threads).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TokenCacheBenchmarks
{
    public const int Lookups = 100_000;
    public const int ConcurrentCallers = 4;

    private TokenCacheFixture _fixture = null!;

    [GlobalSetup]
    public void Setup() => _fixture = new TokenCacheFixture();

    [Benchmark]
    public int CachedLookup() => Lookup();

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int SequentialLookups()
    {
        var total = 0;
        for (var i = 0; i < Lookups; i++)
        {
            total += Lookup();
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int ConcurrentLookups()
    {
        var total = 0;
        Parallel.For(0, ConcurrentCallers, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentCallers }, _ =>
        {
            var mine = 0;
            for (var i = 0; i < Lookups / ConcurrentCallers; i++)
            {
                mine += Lookup();
            }

            Interlocked.Add(ref total, mine);
        });
        return total;
    }

    private int Lookup()
    {
        var pending = _fixture.Cache.GetAsync(_fixture.Credential, CancellationToken.None);

        // A fresh token completes synchronously; awaiting would only add the caller's own state machine.
        return pending.IsCompletedSuccessfully
            ? pending.Result.Value.Length
            : throw new InvalidOperationException("The cached token was not served synchronously.");
    }
}
