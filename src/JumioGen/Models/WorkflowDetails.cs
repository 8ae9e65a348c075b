using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JumioGen;

/// <summary>The answer to <c>GET .../workflow-executions/{id}</c>: the decision and what was checked.</summary>
public sealed class WorkflowDetails
{
    /// <summary>The workflow.</summary>
    public WorkflowInfo? Workflow { get; set; }

    /// <summary>The account.</summary>
    public AccountRef? Account { get; set; }

    /// <summary>When the workflow was created.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When capture started.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When processing completed.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The captured credentials.</summary>
    public List<CredentialDetails>? Credentials { get; set; }

    /// <summary>The overall decision.</summary>
    public Decision? Decision { get; set; }

    /// <summary>When the data was wiped, if it was.</summary>
    public DateTimeOffset? WipedOutAt { get; set; }

    /// <summary>Where to read the workflow's steps.</summary>
    public Link? Steps { get; set; }

    /// <summary>Per-capability results: usability, image checks, extraction, liveness, similarity, ...</summary>
    public WorkflowCapabilities? Capabilities { get; set; }

    /// <summary>
    /// Jumio's <c>feedback</c> (in the current API specification, without a documented shape): kept as the JSON it
    /// arrived as, rather than guessed at or lost.
    /// </summary>
    public JsonElement? Feedback { get; set; }
}

/// <summary>A link Jumio returns.</summary>
public sealed class Link
{
    /// <summary>The URL.</summary>
    public string? Href { get; set; }
}

/// <summary>
/// The results of each capability Jumio ran. Capabilities Jumio adds later land in <see cref="Other"/> instead of
/// being lost.
/// </summary>
public sealed class WorkflowCapabilities
{
    /// <summary>Whether the images are usable.</summary>
    public List<CapabilityResult>? Usability { get; set; }

    /// <summary>Image forensics.</summary>
    public List<CapabilityResult>? ImageChecks { get; set; }

    /// <summary>Data extracted from the document (in <see cref="CapabilityResult.Data"/>).</summary>
    public List<CapabilityResult>? Extraction { get; set; }

    /// <summary>Checks of the extracted data.</summary>
    public List<CapabilityResult>? DataChecks { get; set; }

    /// <summary>Liveness of the selfie.</summary>
    public List<CapabilityResult>? Liveness { get; set; }

    /// <summary>Face match between selfie and document.</summary>
    public List<CapabilityResult>? Similarity { get; set; }

    /// <summary>Authentication against an earlier verification.</summary>
    public List<CapabilityResult>? Authentication { get; set; }

    /// <summary>Watchlist screening.</summary>
    public List<CapabilityResult>? WatchlistScreening { get; set; }

    /// <summary>Capabilities not listed above, as Jumio sent them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

/// <summary>One capability's result for one or more credentials.</summary>
public sealed class CapabilityResult
{
    /// <summary>The result id.</summary>
    public string? Id { get; set; }

    /// <summary>The credentials the result is about.</summary>
    public List<CredentialRef>? Credentials { get; set; }

    /// <summary>The capability's decision (label e.g. <c>OK</c>, <c>DENY</c>, <c>ALERT</c>, <c>TECHNICAL_ERROR</c>).</summary>
    public Decision? Decision { get; set; }

    /// <summary>Capability-specific data (e.g. extracted fields), as Jumio sent it.</summary>
    public JsonElement? Data { get; set; }
}

/// <summary>A reference to a credential.</summary>
public sealed class CredentialRef
{
    /// <summary>The credential id.</summary>
    public string? Id { get; set; }

    /// <summary>The category.</summary>
    public string? Category { get; set; }
}

/// <summary>The workflow part of the details.</summary>
public sealed class WorkflowInfo
{
    /// <summary>The workflow execution id.</summary>
    public string? Id { get; set; }

    /// <summary>Its status; see <see cref="WorkflowExecutionStatuses"/>.</summary>
    public string? Status { get; set; }

    /// <summary>The workflow definition key.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? DefinitionKey { get; set; }

    /// <summary>Your user reference.</summary>
    public string? UserReference { get; set; }

    /// <summary>Your internal reference.</summary>
    public string? CustomerInternalReference { get; set; }
}

/// <summary>A captured credential.</summary>
public sealed class CredentialDetails
{
    /// <summary>The credential id.</summary>
    public string? Id { get; set; }

    /// <summary>The category.</summary>
    public string? Category { get; set; }

    /// <summary>The end user's IP address at capture, when known.</summary>
    public string? ClientIp { get; set; }

    /// <summary>The captured parts.</summary>
    public List<CredentialPart>? Parts { get; set; }
}

/// <summary>A captured image.</summary>
public sealed class CredentialPart
{
    /// <summary>The classifier, e.g. <c>FRONT</c>, <c>BACK</c>, <c>FACE</c>.</summary>
    public string? Classifier { get; set; }

    /// <summary>Where to retrieve the image.</summary>
    public string? Href { get; set; }

    /// <summary>How the image was captured, when Jumio says.</summary>
    public string? CaptureType { get; set; }
}

/// <summary>A decision.</summary>
public sealed class Decision
{
    /// <summary>The decision; see <see cref="DecisionTypes"/> (an open set).</summary>
    public string? Type { get; set; }

    /// <summary>The label.</summary>
    public DecisionDetails? Details { get; set; }

    /// <summary>The risk score.</summary>
    public Risk? Risk { get; set; }
}

/// <summary>A decision's label.</summary>
public sealed class DecisionDetails
{
    /// <summary>The label, e.g. <c>PASSED</c>, <c>TOKEN_EXPIRED</c>.</summary>
    public string? Label { get; set; }
}

/// <summary>A risk score.</summary>
public sealed class Risk
{
    /// <summary>0-100, or -1 when not executed.</summary>
    public double? Score { get; set; }
}

/// <summary>Well-known decision types.</summary>
public static class DecisionTypes
{
    /// <summary>Passed (risk 0-30 by default).</summary>
    public const string Passed = "PASSED";

    /// <summary>Warning (31-70).</summary>
    public const string Warning = "WARNING";

    /// <summary>Rejected (71-100).</summary>
    public const string Rejected = "REJECTED";

    /// <summary>Not executed (-1), e.g. the token expired.</summary>
    public const string NotExecuted = "NOT_EXECUTED";
}
