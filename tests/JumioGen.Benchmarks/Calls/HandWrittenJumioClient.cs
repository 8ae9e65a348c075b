using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace JumioGen.Benchmarks.Calls;

/// <summary>
/// The floor: what a careful developer writes by hand with HttpClient and System.Text.Json (source-generated
/// metadata), sending the same request as the generated client, with a bearer token they already hold.
/// </summary>
internal sealed class HandWrittenJumioClient(HttpClient http, string bearerToken)
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    public Task<WorkflowStatus> GetWorkflowStatusAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default)
    {
        var url = $"api/v1/accounts/{Uri.EscapeDataString(accountId)}/workflow-executions/{Uri.EscapeDataString(workflowExecutionId)}/status";
        return SendAsync(new HttpRequestMessage(HttpMethod.Get, url), JumioJsonContext.Default.WorkflowStatus, cancellationToken);
    }

    public Task<AccountResponse> CreateAccountAsync(AccountRequest request, CancellationToken cancellationToken = default)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "api/v1/accounts")
        {
            Content = JsonContent.Create(request, JumioJsonContext.Default.AccountRequest),
        };
        return SendAsync(message, JumioJsonContext.Default.AccountResponse, cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Accept.Add(AcceptJson);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
            request.Headers.TryAddWithoutValidation("User-Agent", CannedJumio.UserAgent);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await JsonSerializer.DeserializeAsync(body, responseType, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("Jumio answered without a body.");
        }
    }
}
