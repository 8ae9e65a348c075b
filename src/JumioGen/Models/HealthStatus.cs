using System.Collections.Generic;

namespace JumioGen;

/// <summary>The answer of <c>GET https://status.{dc}.jumio.ai</c>.</summary>
public sealed class HealthStatus
{
    /// <summary><c>UP</c>, <c>DEGRADED</c> or <c>DOWN</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Per-component status (api, callback, mobile, processing, retrieval, web).</summary>
    public Dictionary<string, string>? Details { get; set; }
}
