using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace JumioGen.Testing;

/// <summary>The api service: upload a credential part and finalize, both authorized by the workflow's transaction token.</summary>
internal sealed partial class FakeRoutes
{
    // The current Credentials API reference allows 15 MB (older guides said 5 or 10).
    private const long MaxPartBytes = 15 * 1024 * 1024;

    private async Task UploadPartAsync(HttpContext context)
    {
        var token = await RequestGuards.RequireTransactionTokenAsync(context, _tokens).ConfigureAwait(false);
        if (token is null)
        {
            return;
        }

        var accountId = RouteValue(context, "accountId");
        var workflowId = RouteValue(context, "workflowExecutionId");
        var credentialId = RouteValue(context, "credentialId");
        var classifier = RouteValue(context, "classifier");

        // Check ids, token and classifier before reading what may be a 15 MB body.
        var outcome = _store.CheckUpload(accountId, workflowId, credentialId, classifier, token.WorkflowId!);
        if (outcome != TransactionOutcome.Ok)
        {
            await WriteOutcomeAsync(context, outcome, classifier).ConfigureAwait(false);
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            await FakeResponses.ProblemAsync(
                context, StatusCodes.Status400BadRequest, "The body must be multipart/form-data with a 'file' part.").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            await FakeResponses.ProblemAsync(
                context, StatusCodes.Status400BadRequest, "A non-empty 'file' part is required.").ConfigureAwait(false);
            return;
        }

        if (file.Length > MaxPartBytes)
        {
            await FakeResponses.ProblemAsync(
                context, StatusCodes.Status400BadRequest, "The file is larger than 15 MB.").ConfigureAwait(false);
            return;
        }

        var imageType = ImageMediaType(file.ContentType);
        if (imageType is null)
        {
            await FakeResponses.ProblemAsync(
                context, StatusCodes.Status400BadRequest, "The file must be image/jpeg or image/png.").ConfigureAwait(false);
            return;
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, context.RequestAborted).ConfigureAwait(false);
        }

        var part = new FakePart(Guid.NewGuid().ToString(), content, imageType);
        outcome = _store.UploadPart(accountId, workflowId, credentialId, classifier, token.WorkflowId!, part);
        if (outcome != TransactionOutcome.Ok)
        {
            await WriteOutcomeAsync(context, outcome, classifier).ConfigureAwait(false);
            return;
        }

        await FakeResponses.UploadAsync(context, _time.GetUtcNow(), accountId, workflowId, credentialId, part.Id).ConfigureAwait(false);
    }

    private async Task FinalizeAsync(HttpContext context)
    {
        var token = await RequestGuards.RequireTransactionTokenAsync(context, _tokens).ConfigureAwait(false);
        if (token is null)
        {
            return;
        }

        var accountId = RouteValue(context, "accountId");
        var workflowId = RouteValue(context, "workflowExecutionId");
        var outcome = _store.Finalize(accountId, workflowId, token.WorkflowId!);
        if (outcome != TransactionOutcome.Ok)
        {
            await WriteOutcomeAsync(context, outcome, classifier: null).ConfigureAwait(false);
            return;
        }

        await FakeResponses.FinalizeAsync(context, _time.GetUtcNow(), accountId, workflowId).ConfigureAwait(false);
    }

    private static Task WriteOutcomeAsync(HttpContext context, TransactionOutcome outcome, string? classifier) => outcome switch
    {
        TransactionOutcome.NotFound => NotFoundAsync(context, "The account, workflow execution or credential"),
        TransactionOutcome.WrongToken => RequestGuards.RejectTokenAsync(context, "The transaction token belongs to another workflow execution."),
        TransactionOutcome.Expired => RequestGuards.RejectTokenAsync(context, "The transaction token or the session has expired."),
        TransactionOutcome.AlreadyFinalized => FakeResponses.ProblemAsync(
            context, StatusCodes.Status400BadRequest, "The workflow execution has already been finalized."),
        TransactionOutcome.UnknownClassifier => FakeResponses.ProblemAsync(
            context, StatusCodes.Status400BadRequest, $"The credential has no part '{classifier}'."),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    private static string? ImageMediaType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return null;
        }

        var mediaType = parsed.MediaType.ToString().ToLowerInvariant();
        return mediaType is "image/jpeg" or "image/png" ? mediaType : null;
    }
}
