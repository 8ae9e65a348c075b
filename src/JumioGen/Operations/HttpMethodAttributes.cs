namespace JumioGen;

/// <summary>A custom operation sent as HTTP GET (default host: <see cref="JumioHost.Retrieval"/>).</summary>
/// <example><code>
/// [Get("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/status")]
/// Task&lt;JumioResponse&lt;WorkflowStatus&gt;&gt; TryGetStatusAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);
/// </code></example>
public sealed class GetAttribute : JumioOperationAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">The path relative to the host, with <c>{parameter}</c> placeholders.</param>
    public GetAttribute(string path)
        : base(path)
    {
    }
}

/// <summary>A custom operation sent as HTTP POST (default host: <see cref="JumioHost.Account"/>).</summary>
public sealed class PostAttribute : JumioOperationAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">The path relative to the host, with <c>{parameter}</c> placeholders.</param>
    public PostAttribute(string path)
        : base(path)
    {
    }
}

/// <summary>A custom operation sent as HTTP PUT (default host: <see cref="JumioHost.Account"/>).</summary>
public sealed class PutAttribute : JumioOperationAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">The path relative to the host, with <c>{parameter}</c> placeholders.</param>
    public PutAttribute(string path)
        : base(path)
    {
    }
}

/// <summary>A custom operation sent as HTTP DELETE (default host: <see cref="JumioHost.Retrieval"/>).</summary>
public sealed class DeleteAttribute : JumioOperationAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">The path relative to the host, with <c>{parameter}</c> placeholders.</param>
    public DeleteAttribute(string path)
        : base(path)
    {
    }
}

/// <summary>A custom operation sent as HTTP PATCH (default host: <see cref="JumioHost.Account"/>).</summary>
public sealed class PatchAttribute : JumioOperationAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">The path relative to the host, with <c>{parameter}</c> placeholders.</param>
    public PatchAttribute(string path)
        : base(path)
    {
    }
}
