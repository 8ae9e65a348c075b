using System.Collections.Concurrent;
using JumioGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JumioGen.Tests.Reliability;

/// <summary>
/// A whole run with errors of every kind, while every log line, exception and ToString() is collected and searched
/// for the client secret, the access tokens and the transaction tokens that were really used.
/// </summary>
public sealed class SecretLeakTests
{
    [Fact]
    public async Task No_secret_or_token_appears_in_logs_exceptions_or_ToString()
    {
        var logs = new CapturingLoggerProvider();
        var seen = new BearerRecorder();
        const string secret = "fake-client-secret";
        await using var fixture = await FakeJumioFixture.StartAsync(
            services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)),
            client: b => b.AddHttpMessageHandler(() => new RecordingHandler(seen)));
        var jumio = fixture.Client;
        var texts = new List<string>();

        var account = await jumio.CreateAccountAsync(FakeJumioFixture.NewAccount());
        var transaction = account.Transactions[0];
        texts.Add(account.ToString()!);
        texts.AddRange(account.Transactions.Select(t => t.ToString()));
        await jumio.UploadPartAsync(transaction, transaction.Parts.Keys.First(), new MemoryStream([1]), "image/png");
        await jumio.FinalizeAsync(transaction);
        texts.Add((await jumio.GetWorkflowDetailsAsync(account.Account!.Id!, account.WorkflowExecution!.Id!)).ToString()!);

        // Errors of every kind, each rendered the way a log or crash report would render it.
        fixture.Fake.RevokeAccessTokens();
        fixture.Fake.InjectFault(FakeRouteNames.Status, FakeFault.Status(401), times: 2);
        texts.Add((await Record.ExceptionAsync(() => jumio.GetWorkflowStatusAsync(account.Account.Id!, account.WorkflowExecution.Id!)))!.ToString());
        fixture.Fake.InjectFault(FakeRouteNames.Details, FakeFault.RateLimited(TimeSpan.FromSeconds(1)));
        texts.Add((await Record.ExceptionAsync(() => jumio.GetWorkflowDetailsAsync(account.Account.Id!, account.WorkflowExecution.Id!)))!.ToString());
        fixture.Fake.InjectFault(FakeRouteNames.UploadPart, FakeFault.Status(401));
        texts.Add((await Record.ExceptionAsync(() => jumio.UploadPartAsync(transaction, transaction.Parts.Keys.Last(), new MemoryStream([1]), "image/png")))!.ToString());
        fixture.Time.Advance(TimeSpan.FromHours(2));
        texts.Add((await Record.ExceptionAsync(() => jumio.FinalizeAsync(transaction)))!.ToString());

        await using var refused = await FakeJumioFixture.StartAsync(o => o.ClientSecret = "wrong-" + secret, services: s => s.AddLogging(b => b.AddProvider(logs)));
        texts.Add((await Record.ExceptionAsync(() => refused.Client.CreateAccountAsync(FakeJumioFixture.NewAccount())))!.ToString());
        texts.Add(new JumioClientOptions { ClientId = "id", ClientSecret = secret, UserAgent = "A B/1" }.ToString());

        var secrets = seen.Values.Concat(account.Transactions.Select(t => t.Token)).Append(secret).Distinct().ToList();
        Assert.True(seen.Values.Count >= 2, "expected the access tokens of the run to be recorded");
        foreach (var text in texts.Concat(logs.Lines))
        {
            foreach (var value in secrets)
            {
                Assert.False(text.Contains(value, StringComparison.Ordinal), $"A secret or token leaked into: {text}");
            }
        }
    }

    private sealed class BearerRecorder
    {
        private readonly ConcurrentDictionary<string, byte> _values = new();

        public ICollection<string> Values => _values.Keys;

        public void Add(string value) => _values.TryAdd(value, 0);
    }

    private sealed class RecordingHandler(BearerRecorder recorder) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.Authorization is { Scheme: "Bearer", Parameter: { } token })
            {
                recorder.Add(token);
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
