using Refit;

namespace JumioGen.Benchmarks.Calls;

/// <summary>The same two operations declared for Refit (its source generator implements them at build time).</summary>
/// <remarks>Refit's attributes are qualified: JumioGen has its own Get/Post/Body, which this namespace would find first.</remarks>
public interface IRefitJumio
{
    [Refit.Get("/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/status")]
    Task<WorkflowStatus> GetWorkflowStatusAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);

    [Refit.Post("/api/v1/accounts")]
    Task<AccountResponse> CreateAccountAsync([Refit.Body] AccountRequest request, CancellationToken cancellationToken = default);
}
