using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace JumioGen.Tests;

/// <summary><see cref="AccountResponse.Transactions"/> is built on first read, as if it had been built when Jumio answered.</summary>
public sealed class AccountResponseTransactionsTests
{
    private static readonly DateTimeOffset AnsweredAt = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static AccountResponse Response() => new()
    {
        Account = new AccountRef { Id = "acc" },
        WorkflowExecution = new WorkflowExecutionInfo
        {
            Id = "wf",
            Credentials =
            [
                new CredentialInfo
                {
                    Id = "id-cred", Category = "ID",
                    Api = new CredentialApi
                    {
                        Token = "opaque",
                        Parts = new() { ["front"] = "https://api.emea-1.jumio.ai/front" },
                        WorkflowExecution = "https://api.emea-1.jumio.ai/finalize",
                    },
                },
                new CredentialInfo
                {
                    Id = "selfie-cred", Category = "SELFIE",
                    Api = new CredentialApi { Token = "opaque", Parts = new() { ["face"] = "https://api.emea-1.jumio.ai/face" }, WorkflowExecution = "https://api.emea-1.jumio.ai/finalize" },
                },
            ],
        },
    };

    private static (JumioConnection Connection, FakeTimeProvider Time) Connection()
    {
        var time = new FakeTimeProvider(AnsweredAt);
        return (new JumioConnection(new HttpClient(), JumioEndpoints.ForRegion(Region.EU), time), time);
    }

    [Fact]
    public void Deadlines_count_from_the_answer_not_from_the_first_read()
    {
        var (connection, time) = Connection();
        var response = connection.WithTransactions(Response(), new AccountRequest { TokenLifetime = "1h" });

        time.Advance(TimeSpan.FromMinutes(10));

        Assert.All(response.Transactions, t => Assert.Equal(AnsweredAt.AddHours(1), t.TokenExpiresAt));
        Assert.Equal(["id-cred", "selfie-cred"], response.Transactions.Select(t => t.CredentialId));
    }

    [Fact]
    public void Every_read_returns_the_same_transactions()
    {
        var (connection, _) = Connection();
        var response = connection.WithTransactions(Response(), new AccountRequest());

        var first = response.Transactions;
        first[0].RecordAction(AnsweredAt);

        Assert.Same(first, response.Transactions);
        Assert.Equal(AnsweredAt + JumioTransaction.SessionTimeout, response.Transactions[0].SessionExpiresAt);
    }

    [Fact]
    public async Task Concurrent_first_reads_agree()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var (connection, _) = Connection();
            var response = connection.WithTransactions(Response(), new AccountRequest());
            using var start = new ManualResetEventSlim();

            var reads = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            {
                start.Wait();
                return response.Transactions;
            })).ToArray();
            start.Set();
            var results = await Task.WhenAll(reads);

            Assert.All(results, r => Assert.Same(results[0], r));
        }
    }

    [Fact]
    public void A_response_the_client_did_not_receive_has_none()
    {
        Assert.Empty(Response().Transactions);
    }

    [Fact]
    public void Transactions_are_not_part_of_the_json()
    {
        var (connection, _) = Connection();
        var response = connection.WithTransactions(Response(), new AccountRequest());
        Assert.Equal(2, response.Transactions.Count);

        var json = JsonSerializer.Serialize(response, JumioJsonContext.Default.AccountResponse);
        var copy = JsonSerializer.Deserialize(json, JumioJsonContext.Default.AccountResponse)!;

        Assert.DoesNotContain("transactions", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("id-cred", copy.WorkflowExecution!.Credentials![0].Id);
        Assert.Empty(copy.Transactions);
    }
}
