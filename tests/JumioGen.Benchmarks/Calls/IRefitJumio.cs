using Refit;

namespace JumioGen.Benchmarks.Calls;

/// <summary>The same two operations declared for Refit (its source generator implements them at build time).</summary>
public interface IRefitJumio
{
    [Get("/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/status")]
    Task<WorkflowStatus> GetWorkflowStatusAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);

    [Post("/api/v1/accounts")]
    Task<AccountResponse> CreateAccountAsync([Body] AccountRequest request, CancellationToken cancellationToken = default);
}
