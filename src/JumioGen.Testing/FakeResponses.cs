using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace JumioGen.Testing;

/// <summary>
/// Writes every JSON body the fake sends, with Utf8JsonWriter and Jumio's property names, independently of the
/// JumioGen models, so that the fake is a check on them rather than a mirror of them.
/// </summary>
internal static class FakeResponses
{
    /// <summary>A Jumio-style error body: <c>{"title","status","detail"}</c> (the shape of Jumio's documented 429 body).</summary>
    public static Task ProblemAsync(HttpContext context, int status, string detail, string? title = null) =>
        WriteJsonAsync(context, status, w =>
        {
            w.WriteString("title", title ?? ReasonPhrases.GetReasonPhrase(status));
            w.WriteNumber("status", status);
            w.WriteString("detail", detail);
        });

    /// <summary>An RFC 6749 token-endpoint error: <c>{"error","error_description"}</c>.</summary>
    public static Task OAuthErrorAsync(HttpContext context, int status, string error, string? description = null) =>
        WriteJsonAsync(context, status, w =>
        {
            w.WriteString("error", error);
            if (description is not null)
            {
                w.WriteString("error_description", description);
            }
        });

    public static Task AccessTokenAsync(HttpContext context, string token, long expiresInSeconds)
    {
        // RFC 6749 5.1: token responses must not be cached.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        return WriteJsonAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteString("access_token", token);
            w.WriteNumber("expires_in", expiresInSeconds);
            w.WriteString("token_type", "Bearer");
        });
    }

    /// <summary>The create/update account response (jumio-api.md §3).</summary>
    public static Task AccountAsync(
        HttpContext context, FakeServerAddress address, FakeWorkflowView workflow, DateTimeOffset now,
        string transactionToken, string sdkToken, string webToken) =>
        WriteJsonAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteString("timestamp", Timestamp(now));
            w.WriteStartObject("account");
            w.WriteString("id", workflow.AccountId);
            w.WriteEndObject();

            var request = workflow.Request;
            w.WriteStartObject("web");
            w.WriteString(
                "href",
                address.Url($"web/v4/app?authorizationToken={webToken}&locale={Uri.EscapeDataString(request.WebLocale ?? "en")}"));
            if (request.SuccessUrl is not null)
            {
                w.WriteString("successUrl", request.SuccessUrl);
            }

            if (request.ErrorUrl is not null)
            {
                w.WriteString("errorUrl", request.ErrorUrl);
            }

            w.WriteEndObject();

            w.WriteStartObject("sdk");
            w.WriteString("token", sdkToken);
            w.WriteEndObject();

            w.WriteStartObject("workflowExecution");
            w.WriteString("id", workflow.Id);
            w.WriteStartArray("credentials");
            foreach (var credential in workflow.Credentials)
            {
                w.WriteStartObject();
                w.WriteString("id", credential.Id);
                w.WriteString("category", credential.Category);
                w.WriteStartArray("allowedChannels");
                w.WriteStringValue("WEB");
                w.WriteStringValue("API");
                w.WriteStringValue("SDK");
                w.WriteEndArray();
                w.WriteStartObject("api");
                w.WriteString("token", transactionToken);
                w.WriteStartObject("parts");
                foreach (var classifier in credential.Classifiers)
                {
                    // Keys are lower-case, path classifiers upper-case, as in Jumio's responses.
                    w.WriteString(
                        classifier.ToLowerInvariant(),
                        address.Url(UploadPath(workflow.AccountId, workflow.Id, credential.Id, classifier)));
                }

                w.WriteEndObject();
                w.WriteString("workflowExecution", address.Url(WorkflowPath(workflow.AccountId, workflow.Id)));
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    public static Task UploadAsync(
        HttpContext context, DateTimeOffset now, string accountId, string workflowId, string credentialId, string partId) =>
        WriteJsonAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteString("timestamp", Timestamp(now));
            WriteIdObject(w, "account", accountId);
            WriteIdObject(w, "workflowExecution", workflowId);
            WriteIdObject(w, "credential", credentialId);
            WriteIdObject(w, "part", partId);
        });

    public static Task FinalizeAsync(HttpContext context, DateTimeOffset now, string accountId, string workflowId) =>
        WriteJsonAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteString("timestamp", Timestamp(now));
            WriteIdObject(w, "account", accountId);
            WriteIdObject(w, "workflowExecution", workflowId);
        });

    /// <summary>The workflow status response (jumio-api.md §6).</summary>
    public static Task StatusAsync(HttpContext context, FakeServerAddress address, FakeWorkflowView workflow) =>
        WriteJsonAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject("account");
            w.WriteString("id", workflow.AccountId);
            w.WriteString("href", address.Url(AccountPath(workflow.AccountId)));
            w.WriteEndObject();
            w.WriteStartObject("workflowExecution");
            w.WriteString("id", workflow.Id);
            w.WriteString("href", address.Url(WorkflowPath(workflow.AccountId, workflow.Id)));
            w.WriteString("definitionKey", workflow.Request.DefinitionKey);
            w.WriteString("status", workflow.Status);
            w.WriteEndObject();
        });

    /// <summary>The workflow details response (jumio-api.md §6), reduced to what the fake can decide.</summary>
    public static Task DetailsAsync(HttpContext context, FakeServerAddress address, FakeWorkflowView workflow) =>
        WriteJsonAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject("workflow");
            w.WriteString("id", workflow.Id);
            w.WriteString("status", workflow.Status);
            w.WriteString("definitionKey", workflow.Request.DefinitionKey);
            w.WriteString("customerInternalReference", workflow.Request.CustomerInternalReference);
            if (workflow.Request.UserReference is not null)
            {
                w.WriteString("userReference", workflow.Request.UserReference);
            }

            w.WriteEndObject();
            WriteIdObject(w, "account", workflow.AccountId);
            w.WriteString("createdAt", Timestamp(workflow.CreatedAt));
            if (workflow.StartedAt is { } startedAt)
            {
                w.WriteString("startedAt", Timestamp(startedAt));
            }

            if (workflow.CompletedAt is { } completedAt)
            {
                w.WriteString("completedAt", Timestamp(completedAt));
            }

            w.WriteStartArray("credentials");
            foreach (var credential in workflow.Credentials)
            {
                w.WriteStartObject();
                w.WriteString("id", credential.Id);
                w.WriteString("category", credential.Category);
                w.WriteStartArray("parts");
                foreach (var classifier in credential.Uploaded)
                {
                    w.WriteStartObject();
                    w.WriteString("classifier", classifier);
                    w.WriteString("href", address.Url(ImagePath(workflow.AccountId, credential.Id, classifier)));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartObject("decision");
            w.WriteString("type", workflow.Decision.Type);
            w.WriteStartObject("details");
            w.WriteString("label", workflow.Decision.Label);
            w.WriteEndObject();
            w.WriteStartObject("risk");
            w.WriteNumber("score", workflow.Decision.Score);
            w.WriteEndObject();
            w.WriteEndObject();

            WriteCapabilities(w, workflow);
        });

    public static Task HealthAsync(HttpContext context) =>
        WriteJsonAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteString("status", "UP");
            w.WriteStartObject("details");
            foreach (var service in (ReadOnlySpan<string>)["api", "callback", "mobile", "processing", "retrieval", "web"])
            {
                w.WriteString(service, "UP");
            }

            w.WriteEndObject();
        });

    /// <summary>Jumio's timestamp format: ISO 8601 UTC with milliseconds.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string AccountPath(string accountId) => $"api/v1/accounts/{accountId}";

    private static string WorkflowPath(string accountId, string workflowId) =>
        $"{AccountPath(accountId)}/workflow-executions/{workflowId}";

    private static string UploadPath(string accountId, string workflowId, string credentialId, string classifier) =>
        $"{WorkflowPath(accountId, workflowId)}/credentials/{credentialId}/parts/{classifier}";

    private static string ImagePath(string accountId, string credentialId, string classifier) =>
        $"{AccountPath(accountId)}/credentials/{credentialId}/parts/{classifier}";

    // One usability entry per credential once processed: enough for clients to see the capability shape.
    private static void WriteCapabilities(Utf8JsonWriter w, FakeWorkflowView workflow)
    {
        w.WriteStartObject("capabilities");
        w.WriteStartArray("usability");
        if (workflow.Status == FakeWorkflowStatus.Processed)
        {
            foreach (var credential in workflow.Credentials)
            {
                w.WriteStartObject();
                w.WriteString("id", credential.UsabilityId);
                w.WriteStartArray("credentials");
                w.WriteStartObject();
                w.WriteString("id", credential.Id);
                w.WriteString("category", credential.Category);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartObject("decision");
                w.WriteString("type", credential.Complete ? "PASSED" : "NOT_EXECUTED");
                w.WriteStartObject("details");
                w.WriteString("label", credential.Complete ? "OK" : "PRECONDITION_NOT_FULFILLED");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIdObject(Utf8JsonWriter w, string name, string id)
    {
        w.WriteStartObject(name);
        w.WriteString("id", id);
        w.WriteEndObject();
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
