using System.Net;
using JumioGen.Testing;

namespace JumioGen.Tests.Reliability;

/// <summary>
/// Every API fault FakeJumio can produce, on every standard operation: the call ends, within its deadline, in the
/// documented exception; it is retried at most once (the 401 replay); and no API request goes out without a token.
/// </summary>
public sealed class FaultMatrixTests
{
    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in Operations.Keys)
        {
            foreach (var fault in Faults.Keys)
            {
                data.Add(operation, fault);
            }
        }

        return data;
    }

    /// <summary>The operations of the matrix (shared with <see cref="TokenFaultMatrixTests"/>).</summary>
    internal static IEnumerable<string> OperationNames => Operations.Keys;

    internal static (string Route, Func<IJumioEu, Setup, CancellationToken, Task> Call) Operation(string name) => Operations[name];

    private static readonly Dictionary<string, (string Route, Func<IJumioEu, Setup, CancellationToken, Task> Call)> Operations = new()
    {
        ["create"] = (FakeRouteNames.CreateAccount, (j, _, ct) => j.CreateAccountAsync(FakeJumioFixture.NewAccount(), ct)),
        ["update"] = (FakeRouteNames.UpdateAccount, (j, s, ct) => j.UpdateAccountAsync(s.AccountId, FakeJumioFixture.NewAccount(), ct)),
        ["upload"] = (FakeRouteNames.UploadPart, (j, s, ct) => j.UploadPartAsync(s.Transaction, s.Transaction.Parts.Keys.First(), new MemoryStream([1, 2]), "image/png", ct)),
        ["finalize"] = (FakeRouteNames.Finalize, (j, s, ct) => j.FinalizeAsync(s.Transaction, ct)),
        ["status"] = (FakeRouteNames.Status, (j, s, ct) => j.GetWorkflowStatusAsync(s.AccountId, s.WorkflowId, ct)),
        ["details"] = (FakeRouteNames.Details, (j, s, ct) => j.GetWorkflowDetailsAsync(s.AccountId, s.WorkflowId, ct)),
        ["image"] = (FakeRouteNames.Image, async (j, s, ct) => await (await j.GetCredentialImageAsync(s.AccountId, s.Transaction.CredentialId, "FRONT", ct)).DisposeAsync()),
        ["deleteAccount"] = (FakeRouteNames.DeleteAccount, (j, s, ct) => j.DeleteAccountAsync(s.AccountId, ct)),
        ["deleteWorkflow"] = (FakeRouteNames.DeleteWorkflow, (j, s, ct) => j.DeleteWorkflowExecutionAsync(s.AccountId, s.WorkflowId, ct)),
        ["health"] = (FakeRouteNames.Health, (j, _, ct) => j.GetHealthAsync(ct)),
    };

    // Fault, how often, and what the caller must see. Body faults only matter where a JSON body is read.
    private static readonly Dictionary<string, (Func<FakeFault> Fault, int Times, Type Expected)> Faults = new()
    {
        ["500"] = (() => FakeFault.Status(500), 1, typeof(JumioApiException)),
        ["503"] = (() => FakeFault.Status(503), 1, typeof(JumioApiException)),
        ["403"] = (() => FakeFault.Status(403), 1, typeof(JumioApiException)),
        ["404"] = (() => FakeFault.Status(404), 1, typeof(JumioApiException)),
        ["401 twice"] = (() => FakeFault.Status(401), 2, typeof(JumioApiException)),
        ["429 storm"] = (() => FakeFault.RateLimited(TimeSpan.FromSeconds(1)), 20, typeof(JumioRateLimitedException)),
        ["malformed"] = (FakeFault.MalformedJson, 1, typeof(JumioException)),
        ["empty"] = (FakeFault.EmptyBody, 1, typeof(JumioException)),
        ["html"] = (FakeFault.WrongContentType, 1, typeof(JumioException)),
        ["reset"] = (FakeFault.ResetConnection, 1, typeof(HttpRequestException)),
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Fault_ends_in_the_documented_outcome(string operation, string faultName)
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var setup = await Setup.CreateAsync(fixture);
        var (route, call) = Operations[operation];
        var (fault, times, expected) = Faults[faultName];
        var before = fixture.Fake.CallsTo(route);
        fixture.Fake.InjectFault(route, fault(), times);

        var outcome = await Record.ExceptionAsync(() => call(fixture.Client, setup, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20)));

        var reachedRoute = fixture.Fake.CallsTo(route) - before;
        if (outcome is null)
        {
            // Faults on the body of an answer the operation does not read (image stream, deletes) may go unnoticed.
            Assert.True(faultName is "malformed" or "empty" or "html", $"{operation} ignored fault {faultName}");
            Assert.True(operation is "image" or "deleteAccount" or "deleteWorkflow", $"{operation} ignored fault {faultName}");
        }
        else
        {
            Assert.IsAssignableFrom(expected, outcome);
        }

        var mayReplay = faultName == "401 twice" && operation is not ("upload" or "finalize" or "health");
        Assert.InRange(reachedRoute, 1, mayReplay ? 2 : 1);
        if (operation is not "health")
        {
            Assert.Equal("Bearer", fixture.Fake.LastAuthorizationScheme(route));
        }
    }

    [Fact]
    public async Task Slow_answers_end_at_the_client_timeout_on_every_operation()
    {
        var timeout = TimeSpan.FromSeconds(3);
        await using var fixture = await FakeJumioFixture.StartAsync(timeout: timeout);
        var setup = await Setup.CreateAsync(fixture);
        foreach (var (route, _) in Operations.Values)
        {
            fixture.Fake.InjectFault(route, FakeFault.Delay(TimeSpan.FromHours(1)));
        }

        // All at once: each waits for its own timeout, so the test takes one timeout, not ten.
        var started = System.Diagnostics.Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(Operations.Select(async operation =>
            (operation.Key, Error: await Record.ExceptionAsync(() => operation.Value.Call(fixture.Client, setup, CancellationToken.None)))));

        Assert.All(outcomes, o => Assert.IsType<TaskCanceledException>(o.Error));
        Assert.All(outcomes, o => Assert.IsType<TimeoutException>(o.Error!.InnerException));
        Assert.True(started.Elapsed < timeout * 3, $"took {started.Elapsed}");
    }

    /// <summary>An account with a transaction, made before the fault is switched on.</summary>
    internal sealed record Setup(string AccountId, string WorkflowId, JumioTransaction Transaction)
    {
        public static async Task<Setup> CreateAsync(FakeJumioFixture fixture)
        {
            var account = await fixture.Client.CreateAccountAsync(FakeJumioFixture.NewAccount());
            var transaction = account.Transactions.First(t => t.Parts.ContainsKey("front"));
            await fixture.Client.UploadPartAsync(transaction, "FRONT", new MemoryStream([0x89, 0x50]), "image/png");
            return new Setup(account.Account!.Id!, account.WorkflowExecution!.Id!, transaction);
        }
    }
}
