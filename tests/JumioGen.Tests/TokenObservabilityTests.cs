using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JumioGen.Tests;

/// <summary>What JumioGen tells operators about tokens, and what it never tells anyone.</summary>
public sealed class TokenObservabilityTests
{
    private const string WrongSecret = "wrong-secret-9f8e7d6c";

    [Fact]
    public async Task A_full_run_logs_no_secret_and_no_token_value_at_any_level()
    {
        var logs = new LogCapture();
        var issued = new ConcurrentQueue<string>();
        var bearers = new ConcurrentQueue<string>();
        await using var fixture = await FakeJumioFixture.StartAsync(configureServices: (services, fake) =>
        {
            services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
            services.AddHttpClient(JumioServiceCollectionExtensions.TokenHttpClientName).AddHttpMessageHandler(() => new IssuedTokens(issued));
            services.AddHttpClient("JumioGen:" + typeof(IJumioEu).FullName).AddHttpMessageHandler(() => new SentBearers(bearers));
            services.AddJumioClient<IJumioUs>(options =>
            {
                options.ClientId = fake.ClientId;
                options.ClientSecret = WrongSecret;
                options.UserAgent = "JumioGen Tests/1.0";
                options.Endpoints = JumioEndpoints.SingleHost(fake.BaseAddress);
            });
        });
        var (jumio, fake, clock) = (fixture.Client, fixture.Fake, fixture.Time);
        var surfaced = new List<Exception>();

        // A whole verification.
        var account = await jumio.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var (accountId, workflowId) = (account.Account!.Id!, account.WorkflowExecution!.Id!);
        foreach (var transaction in account.Transactions)
        {
            foreach (var part in transaction.Parts.Keys)
            {
                await jumio.UploadPartAsync(transaction, part.ToUpperInvariant(), new MemoryStream([0x89, 0x50, 0x4E, 0x47]), "image/png");
            }
        }

        await jumio.FinalizeAsync(account.Transactions[^1]);
        await jumio.GetWorkflowStatusAsync(accountId, workflowId);
        await jumio.GetWorkflowDetailsAsync(accountId, workflowId);
        await using (await jumio.GetCredentialImageAsync(accountId, account.Transactions[0].CredentialId, "FRONT"))
        {
        }

        // A revoked token: 401, renewal, replay.
        fake.RevokeAccessTokens();
        await jumio.GetWorkflowStatusAsync(accountId, workflowId);

        // A background renewal in the refresh window.
        clock.Advance(TimeSpan.FromMinutes(58));
        await jumio.GetWorkflowStatusAsync(accountId, workflowId);
        await fixture.Tokens.WhenIdleAsync();

        // A background renewal that fails against 502s.
        clock.Advance(TimeSpan.FromMinutes(58));
        fake.FailNextTokenRequests(TokenRetryPolicy.MaxAttempts, 502);
        await jumio.GetWorkflowStatusAsync(accountId, workflowId);
        for (var retry = 1; retry < TokenRetryPolicy.MaxAttempts; retry++)
        {
            clock.Advance(await clock.NextWaitAsync());
        }

        await fixture.Tokens.WhenIdleAsync();

        // After expiry: a 429, then a request that times out, then success.
        clock.Advance(TimeSpan.FromHours(1));
        var slow = TimeSpan.FromSeconds(47);
        fake.RateLimitNextTokenRequests(1, TimeSpan.FromSeconds(2));
        fake.DelayNextTokenResponses(1, slow);
        var blocked = jumio.GetWorkflowStatusAsync(accountId, workflowId);
        clock.Advance(await clock.NextWaitAsync()); // Retry-After
        await clock.NextTimerAsync(due => due == slow);
        clock.Advance(TokenRetryPolicy.AttemptTimeout);
        clock.Advance(await clock.NextWaitAsync(slow));
        await blocked;

        // Refused credentials, and an API error.
        var wrongClient = fixture.Provider.GetRequiredService<IJumioUs>();
        surfaced.Add(await Assert.ThrowsAsync<JumioAuthenticationException>(() => wrongClient.GetWorkflowStatusAsync(accountId, workflowId)));
        await jumio.DeleteAccountAsync(accountId);
        surfaced.Add(await Assert.ThrowsAsync<JumioApiException>(() => jumio.GetWorkflowStatusAsync(accountId, workflowId)));

        // What must never appear: the secrets, the Basic credentials, every token and each token's signature.
        var secrets = new List<string>
        {
            fake.ClientSecret,
            WrongSecret,
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{fake.ClientId}:{fake.ClientSecret}")),
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{fake.ClientId}:{WrongSecret}")),
        };
        var tokens = issued.Concat(bearers).Concat(account.Transactions.Select(t => t.Token)).Append(account.Sdk!.Token!).Distinct().ToList();
        Assert.True(issued.Distinct().Count() >= 4, $"only {issued.Distinct().Count()} access tokens were issued");
        Assert.Contains(account.Transactions[0].Token, bearers); // the recorder saw the transaction token go out
        var forbidden = secrets.Concat(tokens).Concat(tokens.Select(t => t.Split('.')[^1])).ToList();

        var records = logs.Records;
        foreach (var record in records)
        {
            foreach (var value in forbidden)
            {
                Assert.False(record.AllText.Contains(value, StringComparison.Ordinal), $"A log line leaks a secret or token: {record.Category} {record.EventId}");
            }
        }

        foreach (var text in surfaced.Select(e => e.ToString()).Append(account.Transactions[0].ToString()))
        {
            Assert.DoesNotContain(forbidden, text.Contains);
        }

        // The scan had something to scan: every kind of token event, and HttpClient's own logging at Trace level.
        foreach (var name in new[] { "TokenRequest", "TokenObtained", "TokenRequestRetry", "TokenRequestWait", "TokenRejected", "BackgroundRefreshFailed", "TokenUnavailable" })
        {
            Assert.True(logs.Events(name).Any(), $"no {name} event was logged");
        }

        Assert.Contains(records, r => r.Category.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal) && r.Level == LogLevel.Trace);
        Assert.All(logs.Records.Where(r => r.Category == TokenLog.Category), r => Assert.NotEqual(0, r.EventId.Id));
    }

    [Fact]
    public async Task The_JumioGen_meter_counts_token_requests_cache_hits_and_misses_and_refresh_failures()
    {
        await using var h = await TokenHarness.StartAsync(jitter: 0);
        await h.GetAsync();
        for (var i = 0; i < 10; i++)
        {
            await h.GetAsync();
        }

        h.Fake.FailNextTokenRequests(TokenRetryPolicy.MaxAttempts, 503);
        h.Clock.Advance(TimeSpan.FromMinutes(55));
        await h.GetAsync();
        for (var retry = 1; retry < TokenRetryPolicy.MaxAttempts; retry++)
        {
            h.Clock.Advance(await h.Clock.NextWaitAsync());
        }

        await h.Cache.WhenIdleAsync();
        h.Clock.Advance(TimeSpan.FromHours(1));
        h.Fake.FailNextTokenRequests(1, 403);
        await Assert.ThrowsAsync<JumioAuthenticationException>(() => h.GetAsync());

        Assert.Equal(1, h.Metrics.Sum("jumiogen.token.requests", "jumio.token.outcome", "success"));
        Assert.Equal(TokenRetryPolicy.MaxAttempts, h.Metrics.Sum("jumiogen.token.requests", "jumio.token.outcome", "503"));
        Assert.Equal(1, h.Metrics.Sum("jumiogen.token.requests", "jumio.token.outcome", "403"));
        Assert.Equal(11, h.Metrics.Sum("jumiogen.token.cache.hits"));
        Assert.Equal(2, h.Metrics.Sum("jumiogen.token.cache.misses"));
        Assert.Equal(1, h.Metrics.Sum("jumiogen.token.refresh.failures", "jumio.token.refresh", "background"));
        Assert.Equal(1, h.Metrics.Sum("jumiogen.token.refresh.failures", "jumio.token.refresh", "blocking"));
        Assert.Equal(0, h.Metrics.Sum("jumiogen.token.store.errors"));
        Assert.Equal(TokenRetryPolicy.MaxAttempts + 2, h.Metrics.Sum("jumiogen.token.requests"));
    }

    [Fact]
    public void ToString_of_every_token_carrying_type_hides_the_secret_and_the_token()
    {
        var options = new JumioClientOptions { ClientId = "client", ClientSecret = "s3cr3t-value", UserAgent = "Tests/1.0" };
        var credential = new JumioCredential(new Uri("https://auth.emea-1.jumio.ai/oauth2/token"), "client", "s3cr3t-value", "Tests/1.0", TimeSpan.FromMinutes(5));
        var token = AccessToken.Create("eyJ.payload.s1gnature", TimeSpan.FromHours(1), TestClock.Epoch, TimeSpan.FromMinutes(5));

        foreach (var text in new[] { options.ToString(), credential.ToString(), credential.StoreKey.ToString(), token.ToString(), token.ToStored().ToString(), new IssuedToken("eyJ.payload.s1gnature", null).ToString() })
        {
            Assert.DoesNotContain("s3cr3t-value", text);
            Assert.DoesNotContain("s1gnature", text);
        }
    }

    /// <summary>Keeps each access token the token endpoint hands out.</summary>
    private sealed class IssuedTokens(ConcurrentQueue<string> issued) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                issued.Enqueue(body.RootElement.GetProperty("access_token").GetString()!);
            }

            return response;
        }
    }

    /// <summary>Keeps every bearer value sent to the API (access and transaction tokens).</summary>
    private sealed class SentBearers(ConcurrentQueue<string> bearers) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.Authorization is { Scheme: "Bearer", Parameter: { } value })
            {
                bearers.Enqueue(value);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>Tests that measure allocations or timing run alone, so no other test's listeners or load interfere.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SequentialCollection
{
    public const string Name = "Sequential";
}

[Collection(SequentialCollection.Name)]
public sealed class TokenHotPathTests
{
    [Fact]
    public async Task A_cached_token_is_handed_out_without_allocating()
    {
        await using var h = await TokenHarness.StartAsync();
        await h.GetAsync();
        h.Metrics.Dispose(); // a listener's own bookkeeping is not the hot path's
        var (cache, credential) = (h.Cache, h.Credential);
        for (var i = 0; i < 100; i++)
        {
            _ = cache.GetAsync(credential, default);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            var call = cache.GetAsync(credential, default);
            if (!call.IsCompletedSuccessfully)
            {
                Assert.Fail("a cached token was not handed out synchronously");
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
