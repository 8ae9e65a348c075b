namespace JumioGen.AotSmoke;

/// <summary>The part of Jumio's status answer this app reads.</summary>
internal sealed class ExecutionStatus
{
    /// <summary>The workflow execution.</summary>
    public ExecutionState? WorkflowExecution { get; set; }
}

/// <summary>A workflow execution's state.</summary>
internal sealed class ExecutionState
{
    /// <summary>INITIATED, ACQUIRED, PROCESSED, ...</summary>
    public string? Status { get; set; }
}
