using System.Collections.Concurrent;
using System.Net;
using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JumioGen.Tests.Reliability;

/// <summary>
/// A whole run with errors of every kind, while every log line, exception and ToString() is collected and searched
/// for the client secret (and its Basic header), the access tokens, the transaction, SDK and web tokens that were really
/// used, including when a proxy reflects the request's credentials back in the body and headers of an error.
/// </summary>
public sealed class SecretLeakTests
{
    [Fact]
    public async Task No_secret_or_token_appears_in_logs_exceptions_or_ToString()
    {
        var logs = new CapturingLoggerProvider();
        var seen = new CredentialRecorder();
        var proxy = new ReflectingProxy();
        var tokenProxy = new ReflectingProxy();
        const string secret = "fake-client-secret";
        await using var fixture = await FakeJumioFixture.StartAsync(
            services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)),
            client: b => b.AddHttpMessageHandler(() => new RecordingHandler(seen)).AddHttpMessageHandler(() => proxy.CreateHandler(HttpStatusCode.BadGateway)),
            configureServices: (s, _) => s.AddHttpClient(JumioServiceCollectionExtensions.TokenHttpClientName)
                .AddHttpMessageHandler(() => new RecordingHandler(seen))
                .AddHttpMessageHandler(() => tokenProxy.CreateHandler(HttpStatusCode.BadRequest)));
        var jumio = fixture.Client;
        var texts = new List<string>();
        var errors = new List<Exception>();

        var account = await jumio.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var transaction = account.Transactions[0];
        texts.Add(account.ToString()!);
        texts.AddRange(account.Transactions.Select(t => t.ToString()));
        await jumio.UploadPartAsync(transaction, transaction.Parts.Keys.First(), new MemoryStream([1]), "image/png");
        await jumio.FinalizeAsync(transaction);
        texts.Add((await jumio.GetWorkflowDetailsAsync(account.Account!.Id!, account.WorkflowExecution!.Id!)).ToString()!);
        texts.AddRange(account.Transactions.Select(t => t.ToString()));

        // Errors of every kind, each kept whole: ToString() the way a log or crash report renders it, and every property.
        fixture.Fake.RevokeAccessTokens();
        fixture.Fake.InjectFault(FakeRouteNames.Status, FakeFault.Status(401), times: 2);
        errors.Add((await Record.ExceptionAsync(() => jumio.GetWorkflowStatusAsync(account.Account.Id!, account.WorkflowExecution.Id!)))!);
        fixture.Fake.InjectFault(FakeRouteNames.Details, FakeFault.RateLimited(TimeSpan.FromSeconds(1)));
        errors.Add((await Record.ExceptionAsync(() => jumio.GetWorkflowDetailsAsync(account.Account.Id!, account.WorkflowExecution.Id!)))!);
        fixture.Fake.InjectFault(FakeRouteNames.UploadPart, FakeFault.Status(401));
        errors.Add((await Record.ExceptionAsync(() => jumio.UploadPartAsync(transaction, transaction.Parts.Keys.Last(), new MemoryStream([1]), "image/png")))!);

        // A proxy that reflects the refused request puts our own credentials into the body and headers of its answer.
        proxy.ReflectNext();
        var reflectedAccessToken = await Record.ExceptionAsync(() => jumio.GetWorkflowDetailsAsync(account.Account.Id!, account.WorkflowExecution.Id!));
        proxy.ReflectNext();
        var reflectedTransactionToken = await Record.ExceptionAsync(() => jumio.UploadPartAsync(transaction, transaction.Parts.Keys.Last(), new MemoryStream([1]), "image/png"));
        fixture.Fake.RevokeAccessTokens(); // so the next call asks the token endpoint, through the reflecting proxy
        tokenProxy.ReflectNext();
        var reflectedClientCredentials = await Record.ExceptionAsync(() => jumio.GetWorkflowDetailsAsync(account.Account.Id!, account.WorkflowExecution.Id!));
        Assert.Equal(2, proxy.Reflected);
        Assert.Equal(1, tokenProxy.Reflected);
        Assert.IsType<JumioAuthenticationException>(reflectedClientCredentials);
        foreach (var reflected in (Exception?[])[reflectedAccessToken, reflectedTransactionToken, reflectedClientCredentials])
        {
            // The reflected text is kept, with the credential cut out of it.
            Assert.Matches("Authorization: (Bearer|Basic) <redacted>", string.Join("\n", Render(reflected!)));
            errors.Add(reflected!);
        }

        fixture.Time.Advance(TimeSpan.FromHours(2));
        errors.Add((await Record.ExceptionAsync(() => jumio.FinalizeAsync(transaction)))!);
        texts.AddRange(account.Transactions.Select(t => t.ToString()));

        await using var refused = await FakeJumioFixture.StartAsync(o => o.ClientSecret = "wrong-" + secret, services: s => s.AddLogging(b => b.AddProvider(logs)));
        errors.Add((await Record.ExceptionAsync(() => refused.Client.CreateAccountAsync(FakeJumioFixture.NewAccount())))!);
        texts.Add(new JumioClientOptions { ClientId = "id", ClientSecret = secret, UserAgent = "A B/1" }.ToString());
        Assert.All(errors, Assert.NotNull);
        texts.AddRange(errors.SelectMany(Render));

        var secrets = seen.Values
            .Concat(account.Transactions.Select(t => t.Token))
            .Append(account.Sdk!.Token!)
            .Append(QueryValue(account.Web!.Href!, "authorizationToken"))
            .Append(secret)
            .Distinct()
            .ToList();
        Assert.True(seen.Values.Count >= 4, "expected the access tokens, transaction tokens and Basic credentials of the run to be recorded");
        foreach (var text in texts.Concat(logs.Lines))
        {
            foreach (var value in secrets)
            {
                Assert.False(text.Contains(value, StringComparison.Ordinal), $"A secret or token leaked into: {text}");
            }
        }
    }

    /// <summary>Everything an exception (and its inner ones) carries that a caller could log: ToString(), body, headers, fields.</summary>
    private static IEnumerable<string> Render(Exception error)
    {
        yield return error.ToString();
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case JumioApiException api:
                    yield return api.Body ?? "";
                    yield return string.Join("\n", api.Headers.Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
                    yield return $"{api.Title} {api.Detail} {api.ReasonPhrase}";
                    break;
                case JumioAuthenticationException auth:
                    yield return $"{auth.Error} {auth.ErrorDescription}";
                    break;
                case JumioTransactionExpiredException expired:
                    yield return $"{expired.AccountId} {expired.WorkflowExecutionId} {expired.CredentialId}";
                    break;
            }
        }
    }

    private static string QueryValue(string url, string name) =>
        System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)[name] ?? throw new InvalidOperationException($"{url} has no {name}.");

    private sealed class CredentialRecorder
    {
        private readonly ConcurrentDictionary<string, byte> _values = new();

        public ICollection<string> Values => _values.Keys;

        public void Add(string value) => _values.TryAdd(value, 0);
    }

    private sealed class RecordingHandler(CredentialRecorder recorder) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Bearer: access and transaction tokens. Basic: base64(id:secret), which is the secret in all but name.
            if (request.Headers.Authorization is { Scheme: "Bearer" or "Basic", Parameter: { } credential })
            {
                recorder.Add(credential);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IEnumerable<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                lines.Enqueue($"{category} {logLevel} {formatter(state, exception)} {structured} {exception}");
            }
        }
    }
}
