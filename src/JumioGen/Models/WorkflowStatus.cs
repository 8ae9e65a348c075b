using System.Text.Json.Serialization;

namespace JumioGen;

/// <summary>The answer to <c>GET .../workflow-executions/{id}/status</c>.</summary>
public sealed class WorkflowStatus
{
    /// <summary>The account.</summary>
    public AccountRef? Account { get; set; }

    /// <summary>The workflow execution and its status.</summary>
    public WorkflowExecutionState? WorkflowExecution { get; set; }
}

/// <summary>A workflow execution's state.</summary>
public sealed class WorkflowExecutionState
{
    /// <summary>The workflow execution id.</summary>
    public string? Id { get; set; }

    /// <summary>Its retrieval URL.</summary>
    public string? Href { get; set; }

    /// <summary>The workflow definition key.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DefinitionKey { get; set; }

    /// <summary>The status; see <see cref="WorkflowExecutionStatuses"/> (an open set: new values are kept as they come).</summary>
    public string? Status { get; set; }
}

/// <summary>Well-known workflow execution statuses. Jumio may add more; compare with these, do not switch exhaustively.</summary>
public static class WorkflowExecutionStatuses
{
    /// <summary>Created; nothing captured yet.</summary>
    public const string Initiated = "INITIATED";

    /// <summary>Captured and finalized; processing.</summary>
    public const string Acquired = "ACQUIRED";

    /// <summary>Done: details are available.</summary>
    public const string Processed = "PROCESSED";

    /// <summary>The 15-minute session ran out before finalize.</summary>
    public const string SessionExpired = "SESSION_EXPIRED";

    /// <summary>The transaction token ran out before finalize.</summary>
    public const string TokenExpired = "TOKEN_EXPIRED";
}

/// <summary>Well-known credential categories.</summary>
public static class CredentialCategories
{
    /// <summary>An identity document.</summary>
    public const string Id = "ID";

    /// <summary>A face map (liveness).</summary>
    public const string Facemap = "FACEMAP";

    /// <summary>A supporting document.</summary>
    public const string Document = "DOCUMENT";

    /// <summary>A selfie.</summary>
    public const string Selfie = "SELFIE";
}
