using System;

namespace JumioGen;

/// <summary>
/// The body Jumio POSTs to your callback URL when a workflow execution changes state. It carries no personal data:
/// store it, answer 200 OK, then read the details with the retrieval operations. Deserialize it with
/// <c>JsonSerializer.Deserialize(body, JumioJsonContext.Default.JumioCallback)</c>. Jumio does not sign callbacks;
/// allow-list its callback hosts/IPs instead.
/// </summary>
public sealed class JumioCallback
{
    /// <summary>When Jumio sent the callback.</summary>
    public DateTimeOffset? CallbackSentAt { get; set; }

    /// <summary>Your user reference, if you set one.</summary>
    public string? UserReference { get; set; }

    /// <summary>The workflow execution and its new status.</summary>
    public WorkflowExecutionState? WorkflowExecution { get; set; }

    /// <summary>The account.</summary>
    public AccountRef? Account { get; set; }
}
