using JumioGen.Testing;

namespace JumioGen.Tests.Reliability;

/// <summary>Many verifications through one client share one token and lose or duplicate nothing.</summary>
public sealed class ConcurrentVerificationTests
{
    [Fact]
    public async Task Thousand_concurrent_verifications_cost_one_token_and_every_upload_lands_once()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var jumio = fixture.Client;
        const int verifications = 1000;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, verifications).Select(async i =>
        {
            var account = await jumio.CreateAccountAsync(FakeJumioFixture.NewAccount());
            var uploads = 0;
            foreach (var transaction in account.Transactions)
            {
                foreach (var part in transaction.Parts.Keys)
                {
                    await jumio.UploadPartAsync(transaction, part, new MemoryStream([0x89, 0x50, (byte)i]), "image/png");
                    uploads++;
                }
            }

            await jumio.FinalizeAsync(account.Transactions[0]);
            var details = await jumio.GetWorkflowDetailsAsync(account.Account!.Id!, account.WorkflowExecution!.Id!);
            var stored = details.Credentials!.Sum(c => c.Parts?.Count ?? 0);
            return (uploads, stored, details.Decision!.Type);
        }));

        Assert.True(fixture.Fake.TokenRequests <= 2, $"{fixture.Fake.TokenRequests} token requests");
        Assert.Equal(outcomes.Sum(o => o.uploads), fixture.Fake.CallsTo(FakeRouteNames.UploadPart));
        Assert.All(outcomes, o => Assert.Equal(o.uploads, o.stored));
        Assert.All(outcomes, o => Assert.Equal(DecisionTypes.Passed, o.Type));
        Assert.Equal(verifications, fixture.Fake.CallsTo(FakeRouteNames.CreateAccount));
        Assert.Equal(verifications, fixture.Fake.CallsTo(FakeRouteNames.Finalize));
    }
}
