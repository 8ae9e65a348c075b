using System.Threading;
using System.Threading.Tasks;

namespace JumioGen.AotSmoke;

/// <summary>Standard operations plus one custom operation whose answer is the app's own type.</summary>
[JumioApi(Region.EU, JsonContext = typeof(SmokeJsonContext))]
internal partial interface ISmokeJumio
{
    /// <summary>Reads a workflow's status into <see cref="ExecutionStatus"/>, without throwing for an error status.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="workflowExecutionId">The workflow execution.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status, or the error.</returns>
    [Get("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/status")]
    Task<JumioResponse<ExecutionStatus>> TryGetStatusAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);
}
