using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;

namespace JumioGen;

/// <summary>The answer to create or update account: the account, the workflow execution and its credentials.</summary>
public sealed class AccountResponse
{
    /// <summary>When Jumio answered.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The account.</summary>
    public AccountRef? Account { get; set; }

    /// <summary>The web channel link, when a domain prefix is configured.</summary>
    public WebLink? Web { get; set; }

    /// <summary>The token that starts the mobile SDKs.</summary>
    public SdkInfo? Sdk { get; set; }

    /// <summary>The workflow execution that was started.</summary>
    public WorkflowExecutionInfo? WorkflowExecution { get; set; }

    // Set by the generated client; the transactions are built from them on first read (most callers never read them).
    private bool _transactionsAttached;
    private string? _requestedTokenLifetime;
    private DateTimeOffset _answeredAt;
    private IReadOnlyList<JumioTransaction>? _transactions;

    /// <summary>
    /// One transaction per credential that offers the API channel, in response order: what you need to upload
    /// parts and finalize. Filled in by the generated client, from <see cref="WorkflowExecution"/> as it is when
    /// first read; every later read returns the same transactions.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<JumioTransaction> Transactions => _transactions ?? (_transactionsAttached ? BuildTransactions() : []);

    /// <summary>Makes <see cref="Transactions"/> come from this answer, deadlines counted from <paramref name="answeredAt"/>.</summary>
    internal void AttachTransactions(string? requestedTokenLifetime, DateTimeOffset answeredAt)
    {
        _requestedTokenLifetime = requestedTokenLifetime;
        _answeredAt = answeredAt;
        _transactions = null;
        _transactionsAttached = true;
    }

    private IReadOnlyList<JumioTransaction> BuildTransactions()
    {
        var built = JumioTransaction.FromAccountResponse(this, _requestedTokenLifetime, _answeredAt);
        // Two threads may build at once; both must get the same (mutable) transactions.
        return Interlocked.CompareExchange(ref _transactions, built, null) ?? built;
    }
}

/// <summary>A reference to an account.</summary>
public sealed class AccountRef
{
    /// <summary>The account id.</summary>
    public string? Id { get; set; }

    /// <summary>The account's retrieval URL, when given.</summary>
    public string? Href { get; set; }
}

/// <summary>The web client link.</summary>
public sealed class WebLink
{
    /// <summary>The web client URL (it embeds an authorization token: do not log it).</summary>
    public string? Href { get; set; }

    /// <summary>Success redirect.</summary>
    public string? SuccessUrl { get; set; }

    /// <summary>Error redirect.</summary>
    public string? ErrorUrl { get; set; }
}

/// <summary>SDK channel data.</summary>
public sealed class SdkInfo
{
    /// <summary>The SDK token (secret: do not log it).</summary>
    public string? Token { get; set; }
}

/// <summary>A started workflow execution.</summary>
public sealed class WorkflowExecutionInfo
{
    /// <summary>The workflow execution id.</summary>
    public string? Id { get; set; }

    /// <summary>The credentials to capture.</summary>
    public List<CredentialInfo>? Credentials { get; set; }
}

/// <summary>A credential of a workflow execution.</summary>
public sealed class CredentialInfo
{
    /// <summary>The credential id.</summary>
    public string? Id { get; set; }

    /// <summary>The category, see <see cref="CredentialCategories"/>.</summary>
    public string? Category { get; set; }

    /// <summary>The channels it may be captured through: <c>WEB</c>, <c>API</c>, <c>SDK</c>.</summary>
    public List<string>? AllowedChannels { get; set; }

    /// <summary>The API channel: transaction token, part URLs and finalize URL. Absent when API is not allowed.</summary>
    public CredentialApi? Api { get; set; }
}

/// <summary>What the API channel needs for one credential.</summary>
public sealed class CredentialApi
{
    /// <summary>The transaction token (secret: do not log it).</summary>
    public string? Token { get; set; }

    /// <summary>Upload URLs per part, keyed by lower-case classifier (<c>front</c>, <c>back</c>, <c>face</c>).</summary>
    public Dictionary<string, string>? Parts { get; set; }

    /// <summary>The finalize URL.</summary>
    public string? WorkflowExecution { get; set; }
}

/// <summary>The answer to an upload.</summary>
public sealed class UploadResponse
{
    /// <summary>When Jumio answered.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The account.</summary>
    public AccountRef? Account { get; set; }

    /// <summary>The workflow execution.</summary>
    public WorkflowExecutionRef? WorkflowExecution { get; set; }

    /// <summary>The credential.</summary>
    public CredentialRef? Credential { get; set; }

    /// <summary>The part that was stored.</summary>
    public PartRef? Part { get; set; }

    /// <summary>The API channel's state after the upload (the same token and URLs).</summary>
    public CredentialApi? Api { get; set; }
}

/// <summary>A reference to an uploaded part.</summary>
public sealed class PartRef
{
    /// <summary>The part id.</summary>
    public string? Id { get; set; }
}

/// <summary>The answer to finalize.</summary>
public sealed class FinalizeResponse
{
    /// <summary>When Jumio answered.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The account.</summary>
    public AccountRef? Account { get; set; }

    /// <summary>The workflow execution.</summary>
    public WorkflowExecutionRef? WorkflowExecution { get; set; }
}

/// <summary>A reference to a workflow execution.</summary>
public sealed class WorkflowExecutionRef
{
    /// <summary>The workflow execution id.</summary>
    public string? Id { get; set; }
}
