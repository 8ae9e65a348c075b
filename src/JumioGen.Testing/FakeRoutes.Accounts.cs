using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JumioGen.Testing;

/// <summary>The account service: create and update account, each starting a new workflow execution.</summary>
internal sealed partial class FakeRoutes
{
    private Task CreateAccountAsync(HttpContext context) => StartWorkflowAsync(context, accountId: null);

    private Task UpdateAccountAsync(HttpContext context) => StartWorkflowAsync(context, RouteValue(context, "accountId"));

    private async Task StartWorkflowAsync(HttpContext context, string? accountId)
    {
        if (!await RequestGuards.RequireAccessTokenAsync(context, _tokens).ConfigureAwait(false))
        {
            return;
        }

        if (!context.Request.HasJsonContentType())
        {
            await FakeResponses.ProblemAsync(
                context, StatusCodes.Status400BadRequest, "Content-Type must be application/json.").ConfigureAwait(false);
            return;
        }

        // Parse fully before touching the store, so an unknown account and a bad body are told apart in a stable order.
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        var request = AccountRequestReader.TryRead(body.RootElement, out var error);
        if (request is null)
        {
            await FakeResponses.ProblemAsync(context, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
            return;
        }

        var workflow = _store.StartWorkflow(accountId, request);
        if (workflow is null)
        {
            await NotFoundAsync(context, "The account").ConfigureAwait(false);
            return;
        }

        var issuedAt = workflow.CreatedAt;
        var expiresAt = workflow.TokenExpiresAt;
        var transactionToken = _tokens.IssueTransactionToken(_clientId, workflow.AccountId, workflow.Id, issuedAt, expiresAt);
        var sdkToken = _tokens.CreateUnregisteredToken(_clientId, issuedAt, expiresAt, "sdk");
        var webToken = _tokens.CreateUnregisteredToken(_clientId, issuedAt, expiresAt, "web");
        await FakeResponses.AccountAsync(context, _address, workflow, _time.GetUtcNow(), transactionToken, sdkToken, webToken)
            .ConfigureAwait(false);
    }
}
