namespace JumioGen;

/// <summary>Jumio's error body, e.g. <c>{"title":"Too Many Requests","status":429,"detail":"Request limit exceeded"}</c>.</summary>
public sealed class JumioProblem
{
    /// <summary>A short title.</summary>
    public string? Title { get; set; }

    /// <summary>The HTTP status.</summary>
    public int? Status { get; set; }

    /// <summary>What went wrong.</summary>
    public string? Detail { get; set; }
}
