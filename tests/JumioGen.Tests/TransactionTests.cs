using System.Text.Json;

namespace JumioGen.Tests;

public sealed class TransactionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static AccountResponse Response(string token) => new()
    {
        Account = new AccountRef { Id = "acc" },
        WorkflowExecution = new WorkflowExecutionInfo
        {
            Id = "wf",
            Credentials =
            [
                new CredentialInfo
                {
                    Id = "cred-id", Category = "ID", AllowedChannels = ["API"],
                    Api = new CredentialApi
                    {
                        Token = token,
                        Parts = new() { ["front"] = "https://api.emea-1.jumio.ai/front", ["back"] = "https://api.emea-1.jumio.ai/back" },
                        WorkflowExecution = "https://api.emea-1.jumio.ai/finalize",
                    },
                },
                new CredentialInfo { Id = "web-only", Category = "SELFIE", AllowedChannels = ["WEB"] },
            ],
        },
    };

    [Fact]
    public void One_transaction_per_api_credential_with_default_lifetime()
    {
        var transaction = Assert.Single(JumioTransaction.FromAccountResponse(Response("opaque"), null, Now));

        Assert.Equal(("acc", "wf", "cred-id"), (transaction.AccountId, transaction.WorkflowExecutionId, transaction.CredentialId));
        Assert.Equal(Now + TimeSpan.FromMinutes(30), transaction.TokenExpiresAt);
        Assert.Equal(new Uri("https://api.emea-1.jumio.ai/front"), transaction.GetPartUrl("FRONT"));
        Assert.Null(transaction.SessionExpiresAt);
    }

    [Theory]
    [InlineData("1h", 60)]
    [InlineData("600s", 10)]
    [InlineData("2d", 2880)]
    public void Requested_token_lifetime_sets_the_expiry(string lifetime, int minutes)
    {
        var transaction = Assert.Single(JumioTransaction.FromAccountResponse(Response("opaque"), lifetime, Now));

        Assert.Equal(Now.AddMinutes(minutes), transaction.TokenExpiresAt);
    }

    [Fact]
    public void Jwt_exp_shortens_the_expiry()
    {
        var transaction = Assert.Single(JumioTransaction.FromAccountResponse(Response(TestJwt.Expiring(Now.AddMinutes(7))), "1h", Now));

        Assert.Equal(Now.AddMinutes(7), transaction.TokenExpiresAt);
    }

    [Fact]
    public void Expired_token_or_session_stops_the_request_before_it_is_sent()
    {
        var transaction = Assert.Single(JumioTransaction.FromAccountResponse(Response("opaque"), "1h", Now));
        transaction.RecordAction(Now);

        transaction.EnsureUsable(Now.AddMinutes(14), "upload");
        var session = Assert.Throws<JumioTransactionExpiredException>(() => transaction.EnsureUsable(Now.AddMinutes(15), "upload"));
        Assert.Contains("15-minute", session.Message);

        transaction.RecordAction(Now.AddMinutes(50));
        var token = Assert.Throws<JumioTransactionExpiredException>(() => transaction.EnsureUsable(Now.AddMinutes(61), "finalize"));
        Assert.Contains("transaction token", token.Message);
        Assert.Equal("cred-id", token.CredentialId);
    }

    [Fact]
    public void Credentials_of_one_workflow_share_its_session()
    {
        var response = Response("opaque");
        response.WorkflowExecution!.Credentials![1] = new CredentialInfo
        {
            Id = "selfie-id", Category = "SELFIE", AllowedChannels = ["API"],
            Api = new CredentialApi { Token = "opaque", Parts = new() { ["face"] = "https://api.emea-1.jumio.ai/face" }, WorkflowExecution = "https://api.emea-1.jumio.ai/finalize" },
        };
        var transactions = JumioTransaction.FromAccountResponse(response, "1h", Now);
        Assert.Equal(2, transactions.Count);

        transactions[0].RecordAction(Now);

        Assert.Equal(Now + JumioTransaction.SessionTimeout, transactions[1].SessionExpiresAt);
        Assert.Throws<JumioTransactionExpiredException>(() => transactions[1].EnsureUsable(Now.AddMinutes(16), "upload"));
    }

    [Fact]
    public void Transactions_read_back_from_json_are_given_one_session_per_workflow()
    {
        var first = Assert.Single(JumioTransaction.FromAccountResponse(Response("opaque"), "1h", Now));
        first.RecordAction(Now.AddMinutes(2));
        var json = JsonSerializer.Serialize(new List<JumioTransaction> { first, first }, JumioJsonContext.Default.ListJumioTransaction);
        var copies = JsonSerializer.Deserialize(json, JumioJsonContext.Default.ListJumioTransaction)!;

        WorkflowSession.Share(copies);
        copies[1].RecordAction(Now.AddMinutes(10));

        Assert.Equal(Now.AddMinutes(25), copies[0].SessionExpiresAt);
        Assert.Same(copies[0].Session, copies[1].Session);
    }

    [Fact]
    public void Unknown_part_names_the_parts_there_are()
    {
        var transaction = Assert.Single(JumioTransaction.FromAccountResponse(Response("opaque"), null, Now));

        var error = Assert.Throws<ArgumentException>(() => transaction.GetPartUrl("FACE"));

        Assert.Contains("FRONT", error.Message);
        Assert.Contains("BACK", error.Message);
    }

    [Fact]
    public void Round_trips_through_json_with_its_deadlines()
    {
        var transaction = Assert.Single(JumioTransaction.FromAccountResponse(Response("opaque"), null, Now));
        transaction.RecordAction(Now.AddMinutes(1));

        var json = JsonSerializer.Serialize(transaction, JumioJsonContext.Default.JumioTransaction);
        var copy = JsonSerializer.Deserialize(json, JumioJsonContext.Default.JumioTransaction)!;

        Assert.Equal(transaction.Token, copy.Token);
        Assert.Equal(transaction.TokenExpiresAt, copy.TokenExpiresAt);
        Assert.Equal(transaction.SessionExpiresAt, copy.SessionExpiresAt);
        Assert.Equal(transaction.GetPartUrl("back"), copy.GetPartUrl("BACK"));
        Assert.Equal(transaction.FinalizeUrl, copy.FinalizeUrl);
    }

    [Fact]
    public void ToString_hides_the_token()
    {
        var transaction = Assert.Single(JumioTransaction.FromAccountResponse(Response("transaction-token-value"), null, Now));

        Assert.DoesNotContain("transaction-token-value", transaction.ToString());
    }

    [Theory]
    [InlineData("30m", 30)]
    [InlineData("+5m", 5)]
    [InlineData("1d", 1440)]
    public void Token_lifetime_parses_jumio_format(string value, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), TokenLifetime.TryParse(value));
    }

    [Theory]
    [InlineData("30")]
    [InlineData("m")]
    [InlineData("1w")]
    [InlineData(" 5m")]
    public void Token_lifetime_rejects_other_formats(string value)
    {
        Assert.Null(TokenLifetime.TryParse(value));
    }
}
