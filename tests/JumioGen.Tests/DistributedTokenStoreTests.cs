using System.Text;
using JumioGen.Testing;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace JumioGen.Tests;

/// <summary>
/// The token store: a fleet sharing a REAL Redis (installed and started by .ci/run), what Redis gets to see, and
/// store faults that must stay cache misses.
/// </summary>
public sealed class DistributedTokenStoreTests
{
    private const int FleetSize = 20;
    private const int RefreshWindows = 3;

    [RedisFact]
    public async Task Twenty_instances_sharing_one_redis_ask_for_at_most_two_tokens_per_refresh_window()
    {
        RedisServer.Require();
        var prefix = NewPrefix();
        try
        {
            var requests = await RunFleetAsync(services => services
                .AddStackExchangeRedisCache(o =>
                {
                    o.Configuration = RedisServer.Configuration;
                    o.InstanceName = prefix;
                })
                .AddJumioDistributedTokenStore());

            Assert.Equal(1, requests[0]); // warm-up: one instance asked, nineteen read its token from Redis
            Assert.All(requests.Skip(1), perWindow => Assert.InRange(perWindow, 1, 2));
        }
        finally
        {
            await DeleteKeysAsync(prefix);
        }
    }

    [Fact]
    public async Task Without_a_shared_store_each_of_twenty_instances_renews_on_its_own()
    {
        // The same run as above with the default in-memory store: what the shared store saves.
        var requests = await RunFleetAsync(configureStore: null);

        Assert.All(requests, perWindow => Assert.Equal(FleetSize, perWindow));
    }

    [RedisFact]
    public async Task Redis_holds_a_hashed_key_and_an_encrypted_token_that_only_holders_of_the_secret_can_use()
    {
        RedisServer.Require();
        var prefix = NewPrefix();
        using var redisCache = NewRedisCache(prefix);
        var store = new DistributedJumioTokenStore(redisCache);
        await using var h = await TokenHarness.StartAsync(store: store);
        try
        {
            var token = await h.GetAsync();
            await h.Cache.WhenIdleAsync();

            await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Configuration);
            var key = Assert.Single(await KeysAsync(redis, prefix));
            Assert.Equal(prefix + h.Credential.StoreKey.Id, key);
            Assert.Matches("^jumiogen:access-token:v1:[0-9A-F]{64}$", h.Credential.StoreKey.Id);
            var raw = await RawEntryAsync(redis, key);
            foreach (var secret in new[] { token.Value, h.Fake.ClientSecret, h.Fake.ClientId, token.Value.Split('.')[2] })
            {
                Assert.DoesNotContain(secret, key);
                Assert.DoesNotContain(secret, Encoding.UTF8.GetString(raw));
                Assert.DoesNotContain(secret, Encoding.Latin1.GetString(raw));
            }

            // Another instance holding the secret reads it: no second token request.
            var other = h.NewCache(jitter: 0, store);
            Assert.Equal(token.Value, (await other.GetAsync(h.Credential, default)).Value);
            Assert.Equal(1, h.Fake.TokenRequests);
        }
        finally
        {
            await DeleteKeysAsync(prefix);
        }
    }

    [RedisFact]
    public async Task A_tampered_redis_entry_is_a_miss_and_never_a_token()
    {
        RedisServer.Require();
        var prefix = NewPrefix();
        using var redisCache = NewRedisCache(prefix);
        var store = new DistributedJumioTokenStore(redisCache);
        await using var h = await TokenHarness.StartAsync(store: store);
        try
        {
            var original = await h.GetAsync();
            await h.Cache.WhenIdleAsync();

            // Someone with write access to Redis flips one byte of the sealed token.
            await using (var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Configuration))
            {
                var key = Assert.Single(await KeysAsync(redis, prefix));
                var raw = await RawEntryAsync(redis, key);
                raw[^1] ^= 0x01;
                await redis.GetDatabase().HashSetAsync(key, "data", raw);
            }

            var other = h.NewCache(jitter: 0, store);
            var fetched = await other.GetAsync(h.Credential, default);

            Assert.NotEqual(original.Value, fetched.Value);
            Assert.Equal(2, h.Fake.TokenRequests);
            var fault = Assert.Single(h.Logs.Events("TokenStoreFault"));
            Assert.Contains("read", fault.Message);
            Assert.Contains(nameof(InvalidDataException), fault.Exception);
        }
        finally
        {
            await DeleteKeysAsync(prefix);
        }
    }

    [Fact]
    public async Task An_unreachable_redis_is_a_miss_never_an_outage()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var redisCache = new RedisCache(Options.Create(new RedisCacheOptions
        {
            ConfigurationOptions = new ConfigurationOptions { EndPoints = { { "127.0.0.1", closedPort } }, ConnectTimeout = 100, BacklogPolicy = BacklogPolicy.FailFast },
        }));
        await using var h = await TokenHarness.StartAsync(store: new DistributedJumioTokenStore(redisCache));

        var token = await h.GetAsync();
        await h.Cache.WhenIdleAsync();

        Assert.NotNull(token.Value);
        Assert.Equal(1, h.Fake.TokenRequests);
        Assert.Equal(2, h.Logs.Events("TokenStoreFault").Count()); // the read and the write
        Assert.Equal(2, h.Metrics.Sum("jumiogen.token.store.errors"));
    }

    [Fact]
    public async Task A_store_that_throws_is_a_miss_never_an_outage()
    {
        await using var h = await TokenHarness.StartAsync(store: new DistributedJumioTokenStore(new BrokenCache(hang: false)));

        var first = await h.GetAsync();
        Assert.True(h.Cache.Invalidate(h.Credential, first));
        var second = await h.GetAsync();
        await h.Cache.WhenIdleAsync();

        Assert.NotEqual(first.Value, second.Value);
        Assert.Equal(2, h.Fake.TokenRequests);
        Assert.Equal(4, h.Metrics.Sum("jumiogen.token.store.errors")); // two reads, two writes
        Assert.All(h.Logs.Events("TokenStoreFault"), fault => Assert.Contains("store is down", fault.Exception));
    }

    [Fact]
    public async Task A_store_that_hangs_is_abandoned_after_its_timeout_and_never_delays_a_call_by_its_write()
    {
        await using var h = await TokenHarness.StartAsync(store: new DistributedJumioTokenStore(new BrokenCache(hang: true)));

        var call = h.GetAsync();
        await h.Clock.NextTimerAsync(due => due == TokenStoreAccess.Timeout); // the read hangs
        Assert.False(call.IsCompleted);
        h.Clock.Advance(TokenStoreAccess.Timeout);

        await call; // the token came from the endpoint; the write still hangs, in the background
        Assert.Equal(1, h.Fake.TokenRequests);
        await h.Clock.NextTimerAsync(due => due == TokenStoreAccess.Timeout);
        h.Clock.Advance(TokenStoreAccess.Timeout);
        await h.Cache.WhenIdleAsync();
        Assert.Equal(2, h.Logs.Events("TokenStoreFault").Count(fault => fault.Exception!.Contains(nameof(TimeoutException))));
    }

    [Fact]
    public async Task Instances_of_one_process_share_the_in_memory_store()
    {
        await using var h = await TokenHarness.StartAsync();
        var store = new InMemoryJumioTokenStore();
        var first = h.NewCache(jitter: 0, store);
        var second = h.NewCache(jitter: 0, store);

        var a = await first.GetAsync(h.Credential, default);
        var b = await second.GetAsync(h.Credential, default);

        Assert.Equal(a.Value, b.Value);
        Assert.Equal(1, h.Fake.TokenRequests);
    }

    [Fact]
    public void A_sealed_entry_opens_only_under_its_own_key()
    {
        var credential = new JumioCredential(new Uri("https://auth.emea-1.jumio.ai/oauth2/token"), "client", "secret-one", "Tests/1.0", TimeSpan.FromMinutes(5));
        var rotated = new JumioCredential(credential.TokenEndpoint, "client", "secret-two", "Tests/1.0", TimeSpan.FromMinutes(5));
        var token = new JumioStoredToken("header.payload.signature", TestClock.Epoch, TestClock.Epoch.AddHours(1));

        var sealedEntry = StoredTokenProtector.Protect(credential.StoreKey, token);
        var opened = StoredTokenProtector.Unprotect(credential.StoreKey, sealedEntry);

        Assert.Equal(token.Value, opened.Value);
        Assert.Equal(token.ObtainedAt, opened.ObtainedAt);
        Assert.Equal(token.ExpiresAt, opened.ExpiresAt);
        Assert.Throws<InvalidDataException>(() => StoredTokenProtector.Unprotect(rotated.StoreKey, sealedEntry));
        Assert.Throws<InvalidDataException>(() => StoredTokenProtector.Unprotect(credential.StoreKey, sealedEntry[..20]));
        Assert.DoesNotContain("header.payload.signature", token.ToString());
    }

    /// <summary>Token requests during warm-up, then in each of the following refresh windows.</summary>
    /// <remarks>
    /// Time moves from one instance's refresh point to the next (nothing happens in between), every instance is called
    /// at each point, and the next point is reached only once the background work has settled — continuous traffic
    /// whose token requests take less time than the gap between two instances' points.
    /// </remarks>
    private static async Task<int[]> RunFleetAsync(Action<IServiceCollection>? configureStore)
    {
        var clock = new TestClock();
        await using var fake = await FakeJumio.StartAsync(new FakeJumioOptions { TimeProvider = clock });
        var fleet = Enumerable.Range(0, FleetSize).Select(_ => FleetInstance.Start(fake, clock, configureStore)).ToList();
        try
        {
            var account = await fleet[0].Client.CreateAccountAsync(FakeJumioFixture.NewAccount("60d"));
            var (accountId, workflowId) = (account.Account!.Id!, account.WorkflowExecution!.Id!);
            Task CallEveryInstance() => Task.WhenAll(fleet.Select(f => f.Client.GetWorkflowStatusAsync(accountId, workflowId)));
            Task Settle() => Task.WhenAll(fleet.Select(f => f.Tokens.WhenIdleAsync()));

            // Instances start one after another (a fleet never boots in the same millisecond).
            foreach (var instance in fleet)
            {
                await instance.Client.GetWorkflowStatusAsync(accountId, workflowId);
                await Settle();
                clock.Advance(TimeSpan.FromMilliseconds(200));
            }

            var requests = new List<int> { fake.TokenRequests };
            for (var window = 0; window < RefreshWindows; window++)
            {
                var before = fake.TokenRequests;
                // Old tokens' points lie within minutes of the first; a renewed token's point is 50 minutes out.
                var windowEnd = fleet.Min(f => f.Tokens.NextRefreshPoint)!.Value + TimeSpan.FromMinutes(30);
                for (var step = 0; fleet.Min(f => f.Tokens.NextRefreshPoint)!.Value is var next && next < windowEnd; step++)
                {
                    Assert.True(step < 2 * FleetSize, "the fleet did not move on to a new token");
                    clock.Advance(next - clock.GetUtcNow());
                    await CallEveryInstance();
                    await Settle();
                }

                requests.Add(fake.TokenRequests - before);
            }

            return requests.ToArray();
        }
        finally
        {
            foreach (var instance in fleet)
            {
                await instance.DisposeAsync();
            }
        }
    }

    private static string NewPrefix() => "jumiogen-tests:" + Guid.NewGuid().ToString("N") + ":";

    private static RedisCache NewRedisCache(string prefix) =>
        new(Options.Create(new RedisCacheOptions { Configuration = RedisServer.Configuration, InstanceName = prefix }));

    private static async Task<string[]> KeysAsync(IConnectionMultiplexer redis, string prefix)
    {
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var keys = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: prefix + "*"))
        {
            keys.Add(key.ToString());
        }

        return keys.ToArray();
    }

    /// <summary>Every byte Redis holds for the key (RedisCache keeps a hash: data, absexp, sldexp).</summary>
    private static async Task<byte[]> RawEntryAsync(IConnectionMultiplexer redis, string key)
    {
        var data = await redis.GetDatabase().HashGetAsync(key, "data");
        Assert.True(data.HasValue, "RedisCache stored no 'data' field");
        return (byte[])data!;
    }

    private static async Task DeleteKeysAsync(string prefix)
    {
        if (RedisServer.WhyUnreachable is not null)
        {
            return;
        }

        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Configuration);
        foreach (var key in await KeysAsync(redis, prefix))
        {
            await redis.GetDatabase().KeyDeleteAsync(key);
        }
    }

    /// <summary>A distributed cache that is down (throws) or hung (never answers).</summary>
    private sealed class BrokenCache(bool hang) : IDistributedCache
    {
        public byte[]? Get(string key) => throw new InvalidOperationException("The store is down.");

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Fail<byte[]?>();

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new InvalidOperationException("The store is down.");

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => Fail<bool>();

        public void Refresh(string key) => throw new InvalidOperationException("The store is down.");

        public Task RefreshAsync(string key, CancellationToken token = default) => Fail<bool>();

        public void Remove(string key) => throw new InvalidOperationException("The store is down.");

        public Task RemoveAsync(string key, CancellationToken token = default) => Fail<bool>();

        private Task<T> Fail<T>() => hang ? new TaskCompletionSource<T>().Task : Task.FromException<T>(new InvalidOperationException("The store is down."));
    }
}
