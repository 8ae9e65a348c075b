using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;

namespace JumioGen;

/// <summary>
/// What uploading parts and finalizing one credential needs: the ids, the transaction token, the part URLs and the
/// finalize URL, with the two deadlines Jumio enforces (the token's lifetime, and the 15-minute session that
/// restarts after each action). JSON-serialisable, so a server can hand it to a device.
/// </summary>
public sealed class JumioTransaction
{
    /// <summary>Jumio's session timeout: it starts with the first action and restarts after each one.</summary>
    public static readonly TimeSpan SessionTimeout = TimeSpan.FromMinutes(15);

    /// <summary>The transaction token lifetime Jumio uses when the request names none.</summary>
    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromMinutes(30);

    /// <summary>Creates a transaction (normally taken from <see cref="AccountResponse.Transactions"/> or from JSON).</summary>
    [JsonConstructor]
    public JumioTransaction(
        string accountId,
        string workflowExecutionId,
        string credentialId,
        string? category,
        string token,
        IReadOnlyDictionary<string, Uri> parts,
        Uri finalizeUrl,
        DateTimeOffset tokenExpiresAt,
        DateTimeOffset? sessionExpiresAt = null)
    {
        AccountId = accountId ?? throw new ArgumentNullException(nameof(accountId));
        WorkflowExecutionId = workflowExecutionId ?? throw new ArgumentNullException(nameof(workflowExecutionId));
        CredentialId = credentialId ?? throw new ArgumentNullException(nameof(credentialId));
        Category = category;
        Token = token ?? throw new ArgumentNullException(nameof(token));
        Parts = new Dictionary<string, Uri>(parts ?? throw new ArgumentNullException(nameof(parts)), StringComparer.OrdinalIgnoreCase);
        FinalizeUrl = finalizeUrl ?? throw new ArgumentNullException(nameof(finalizeUrl));
        TokenExpiresAt = tokenExpiresAt;
        Session = new WorkflowSession(sessionExpiresAt);
    }

    /// <summary>The account id.</summary>
    public string AccountId { get; }

    /// <summary>The workflow execution id.</summary>
    public string WorkflowExecutionId { get; }

    /// <summary>The credential id.</summary>
    public string CredentialId { get; }

    /// <summary>The credential category (<c>ID</c>, <c>FACEMAP</c>, ...).</summary>
    public string? Category { get; }

    /// <summary>The transaction token: Bearer for upload and finalize only. Secret: never logged.</summary>
    public string Token { get; }

    /// <summary>Upload URLs keyed by classifier (case-insensitive).</summary>
    public IReadOnlyDictionary<string, Uri> Parts { get; }

    /// <summary>The finalize URL.</summary>
    public Uri FinalizeUrl { get; }

    /// <summary>When the transaction token stops working.</summary>
    public DateTimeOffset TokenExpiresAt { get; }

    /// <summary>
    /// When the workflow's session runs out unless another action (on any credential of the workflow) happens first;
    /// unset before the first action.
    /// </summary>
    public DateTimeOffset? SessionExpiresAt => Session.ExpiresAt;

    /// <summary>The session, shared with the other transactions of the same workflow execution.</summary>
    internal WorkflowSession Session { get; set; }

    /// <summary>The upload URL for a classifier such as <c>FRONT</c>, <c>BACK</c> or <c>FACE</c>.</summary>
    public Uri GetPartUrl(string classifier)
    {
        if (string.IsNullOrWhiteSpace(classifier)) throw new ArgumentException("A part classifier such as FRONT, BACK or FACE is required.", nameof(classifier));
        return Parts.TryGetValue(classifier, out var url)
            ? url
            : throw new ArgumentException(
                $"Credential {CredentialId} ({Category}) has no part \"{classifier}\"; it accepts: {string.Join(", ", Parts.Keys.Select(k => k.ToUpperInvariant()))}.",
                nameof(classifier));
    }

    /// <summary>Describes the transaction without its token.</summary>
    public override string ToString() =>
        $"JumioTransaction {{ AccountId = {AccountId}, WorkflowExecutionId = {WorkflowExecutionId}, CredentialId = {CredentialId}, Category = {Category}, " +
        $"Token = <redacted>, TokenExpiresAt = {TokenExpiresAt:O}, SessionExpiresAt = {SessionExpiresAt?.ToString("O", CultureInfo.InvariantCulture) ?? "<not started>"} }}";

    /// <summary>Throws before a doomed request is sent, when either deadline has passed.</summary>
    internal void EnsureUsable(DateTimeOffset now, string action)
    {
        if (now >= TokenExpiresAt)
        {
            throw new JumioTransactionExpiredException(this, $"The transaction token of credential {CredentialId} expired at {TokenExpiresAt:O}; {action} was not sent. Create or update the account again for a new transaction.");
        }

        if (SessionExpiresAt is { } session && now >= session)
        {
            throw new JumioTransactionExpiredException(this, $"The 15-minute Jumio session of workflow execution {WorkflowExecutionId} ran out at {session:O}; {action} was not sent. Create or update the account again for a new transaction.");
        }
    }

    /// <summary>Jumio restarts the workflow's session timer after each action.</summary>
    internal void RecordAction(DateTimeOffset now) => Session.Restart(now);

    /// <summary>One transaction per API-channel credential of an account response, in response order.</summary>
    internal static IReadOnlyList<JumioTransaction> FromAccountResponse(AccountResponse response, string? requestedTokenLifetime, DateTimeOffset now)
    {
        var accountId = response.Account?.Id;
        var workflowId = response.WorkflowExecution?.Id;
        if (accountId is null || workflowId is null || response.WorkflowExecution?.Credentials is not { } credentials)
        {
            return [];
        }

        var lifetime = TokenLifetime.TryParse(requestedTokenLifetime) ?? DefaultTokenLifetime;
        var session = new WorkflowSession(expiresAt: null);
        var result = new List<JumioTransaction>();
        foreach (var credential in credentials)
        {
            if (credential.Id is null || credential.Api is not { Token: { Length: > 0 } token, WorkflowExecution: { } finalize } api
                || !Uri.TryCreate(finalize, UriKind.Absolute, out var finalizeUrl))
            {
                continue;
            }

            var parts = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
            foreach (var part in api.Parts ?? [])
            {
                if (Uri.TryCreate(part.Value, UriKind.Absolute, out var url))
                {
                    parts[part.Key] = url;
                }
            }

            var expiresAt = now + lifetime;
            if (JwtClaims.TryReadExpiry(token) is { } exp && exp < expiresAt)
            {
                expiresAt = exp;
            }

            result.Add(new JumioTransaction(accountId, workflowId, credential.Id, credential.Category, token, parts, finalizeUrl, expiresAt) { Session = session });
        }

        return result;
    }
}
