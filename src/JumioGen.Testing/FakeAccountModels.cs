using System;
using System.Collections.Generic;

namespace JumioGen.Testing;

/// <summary>Jumio's workflow status values.</summary>
internal static class FakeWorkflowStatus
{
    public const string Initiated = "INITIATED";
    public const string Acquired = "ACQUIRED";
    public const string Processed = "PROCESSED";
    public const string SessionExpired = "SESSION_EXPIRED";
    public const string TokenExpired = "TOKEN_EXPIRED";
}

/// <summary>Credential categories the fake knows, and the parts (lower-case key, upper-case classifier) each one offers.</summary>
internal static class FakeCredentialCategories
{
    public const string Id = "ID";
    public const string Selfie = "SELFIE";
    public const string Facemap = "FACEMAP";
    public const string Document = "DOCUMENT";

    /// <summary>Without <c>workflowDefinition.credentials</c>: an ID and a selfie, like a typical ID + identity workflow.</summary>
    public static readonly IReadOnlyList<string> Default = [Id, Selfie];

    public static bool IsKnown(string category) => category is Id or Selfie or Facemap or Document;

    /// <summary>Upper-case classifiers (as in URL paths); the response's <c>api.parts</c> keys are their lower-case forms.</summary>
    public static IReadOnlyList<string> ClassifiersOf(string category) => category switch
    {
        Id => ["FRONT", "BACK"],
        Selfie or Facemap => ["FACE"],
        Document => ["FRONT"],
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown credential category."),
    };

    /// <summary>The part without which processing rejects the credential; null when none is required.</summary>
    public static string? RequiredClassifier(string category) => category switch
    {
        Id => "FRONT",
        Selfie or Facemap => "FACE",
        _ => null,
    };
}

/// <summary>A validated create/update account request.</summary>
internal sealed record FakeWorkflowRequest(
    string CustomerInternalReference,
    string? UserReference,
    string DefinitionKey,
    TimeSpan TokenLifetime,
    IReadOnlyList<string> Categories,
    string? WebLocale,
    string? SuccessUrl,
    string? ErrorUrl);

/// <summary>An uploaded image.</summary>
internal sealed record FakePart(string Id, byte[] Content, string ContentType);

/// <summary>Mutable state of one account; guarded by the store's lock.</summary>
internal sealed class FakeAccount(string id)
{
    public string Id { get; } = id;

    public Dictionary<string, FakeWorkflow> Workflows { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Mutable state of one workflow execution; guarded by the store's lock.</summary>
internal sealed class FakeWorkflow(string id, string accountId, FakeWorkflowRequest request, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string AccountId { get; } = accountId;

    public FakeWorkflowRequest Request { get; } = request;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset TokenExpiresAt { get; } = createdAt + request.TokenLifetime;

    public List<FakeCredential> Credentials { get; } = [];

    /// <summary>The first action (upload or finalize): when the 15-minute session starts.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? SessionDeadline { get; set; }

    public DateTimeOffset? FinalizedAt { get; set; }
}

/// <summary>Mutable state of one credential; guarded by the store's lock.</summary>
internal sealed class FakeCredential(string id, string category)
{
    public string Id { get; } = id;

    public string Category { get; } = category;

    public IReadOnlyList<string> Classifiers { get; } = FakeCredentialCategories.ClassifiersOf(category);

    /// <summary>Uploaded parts by upper-case classifier, in upload order of first upload.</summary>
    public Dictionary<string, FakePart> Parts { get; } = new(StringComparer.Ordinal);

    /// <summary>A stable id for this credential's usability capability entry.</summary>
    public string UsabilityId { get; } = Guid.NewGuid().ToString();
}

/// <summary>An immutable copy of a workflow, with its status and decision evaluated at one instant.</summary>
internal sealed record FakeWorkflowView(
    string Id,
    string AccountId,
    FakeWorkflowRequest Request,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset TokenExpiresAt,
    IReadOnlyList<FakeCredentialView> Credentials,
    FakeDecision Decision);

/// <summary>An immutable copy of a credential.</summary>
internal sealed record FakeCredentialView(
    string Id, string Category, IReadOnlyList<string> Classifiers, IReadOnlyList<string> Uploaded, string UsabilityId, bool Complete);

/// <summary>The overall decision: type, label and risk score.</summary>
internal sealed record FakeDecision(string Type, string Label, int Score);
