namespace JumioGen.Benchmarks.Calls;

/// <summary>Before measuring: the three clients send the same request and read the same answer.</summary>
internal static class PerCallChecks
{
    public static void EnsureSameRequests(ClientHost host, AccountRequest accountRequest)
    {
        var statuses = new[]
        {
            Sent(host, () => host.HandWritten.GetWorkflowStatusAsync(CannedJumio.AccountId, CannedJumio.WorkflowExecutionId)),
            Sent(host, () => host.JumioGen.GetWorkflowStatusAsync(CannedJumio.AccountId, CannedJumio.WorkflowExecutionId)),
            Sent(host, () => host.Refit.GetWorkflowStatusAsync(CannedJumio.AccountId, CannedJumio.WorkflowExecutionId)),
        };
        EnsureAllEqual("workflow status", statuses.Select(s => (s.Request, s.Result.WorkflowExecution?.Status)));

        var accounts = new[]
        {
            Sent(host, () => host.HandWritten.CreateAccountAsync(accountRequest)),
            Sent(host, () => host.JumioGen.CreateAccountAsync(accountRequest)),
            Sent(host, () => host.Refit.CreateAccountAsync(accountRequest)),
        };
        EnsureAllEqual("create account", accounts.Select(a => (a.Request, a.Result.WorkflowExecution?.Id)));

        // JumioGen and the Refit handler each fetched one token; more would mean the cache does not work.
        if (host.Stub.TokenRequests != 2)
        {
            throw new InvalidOperationException($"Expected 2 token requests (one per token-managing client), saw {host.Stub.TokenRequests}.");
        }
    }

    private static (string Request, T Result) Sent<T>(ClientHost host, Func<Task<T>> call)
    {
        var result = call().GetAwaiter().GetResult();
        return (host.Stub.LastApiRequest ?? throw new InvalidOperationException("No API request reached the stub."), result);
    }

    private static void EnsureAllEqual(string what, IEnumerable<(string Request, string? Answer)> calls)
    {
        var distinct = calls.Distinct().ToArray();
        if (distinct.Length != 1 || distinct[0].Answer is null)
        {
            throw new InvalidOperationException($"The clients differ on {what}: " + string.Join(" | ", distinct.Select(d => $"{d.Request} -> {d.Answer}")));
        }
    }
}
