using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JumioGen.Testing;

/// <summary>The retrieval service (status, details, images, deletion) and the status service (health).</summary>
internal sealed partial class FakeRoutes
{
    private async Task GetStatusAsync(HttpContext context)
    {
        var workflow = await FindWorkflowAsync(context).ConfigureAwait(false);
        if (workflow is not null)
        {
            await FakeResponses.StatusAsync(context, _address, workflow).ConfigureAwait(false);
        }
    }

    private async Task GetDetailsAsync(HttpContext context)
    {
        var workflow = await FindWorkflowAsync(context).ConfigureAwait(false);
        if (workflow is not null)
        {
            await FakeResponses.DetailsAsync(context, _address, workflow).ConfigureAwait(false);
        }
    }

    private async Task GetImageAsync(HttpContext context)
    {
        if (!await RequestGuards.RequireAccessTokenAsync(context, _tokens).ConfigureAwait(false))
        {
            return;
        }

        var part = _store.FindPart(
            RouteValue(context, "accountId"), RouteValue(context, "credentialId"), RouteValue(context, "classifier"));
        if (part is null)
        {
            await NotFoundAsync(context, "The image").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = part.ContentType;
        context.Response.ContentLength = part.Content.Length;
        await context.Response.Body.WriteAsync(part.Content, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task DeleteAccountAsync(HttpContext context)
    {
        if (!await RequestGuards.RequireAccessTokenAsync(context, _tokens).ConfigureAwait(false))
        {
            return;
        }

        if (!_store.DeleteAccount(RouteValue(context, "accountId")))
        {
            await NotFoundAsync(context, "The account").ConfigureAwait(false);
            return;
        }

        // Jumio answers a deletion with 200 OK and no body.
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = 0;
    }

    private async Task DeleteWorkflowAsync(HttpContext context)
    {
        if (!await RequestGuards.RequireAccessTokenAsync(context, _tokens).ConfigureAwait(false))
        {
            return;
        }

        if (!_store.DeleteWorkflow(RouteValue(context, "accountId"), RouteValue(context, "workflowExecutionId")))
        {
            await NotFoundAsync(context, "The workflow execution").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = 0;
    }

    // The health check needs no credentials and no User-Agent.
    private static Task GetHealthAsync(HttpContext context) => FakeResponses.HealthAsync(context);

    private async Task<FakeWorkflowView?> FindWorkflowAsync(HttpContext context)
    {
        if (!await RequestGuards.RequireAccessTokenAsync(context, _tokens).ConfigureAwait(false))
        {
            return null;
        }

        var workflow = _store.Find(RouteValue(context, "accountId"), RouteValue(context, "workflowExecutionId"));
        if (workflow is null)
        {
            await NotFoundAsync(context, "The workflow execution").ConfigureAwait(false);
        }

        return workflow;
    }
}
