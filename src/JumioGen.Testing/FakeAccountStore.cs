using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace JumioGen.Testing;

/// <summary>The result of an upload or finalize attempt against the store.</summary>
internal enum TransactionOutcome
{
    Ok,
    /// <summary>Unknown account, workflow execution or credential.</summary>
    NotFound,
    /// <summary>The transaction token belongs to another workflow execution.</summary>
    WrongToken,
    /// <summary>The token lifetime or the session has run out.</summary>
    Expired,
    /// <summary>The workflow execution was already finalized.</summary>
    AlreadyFinalized,
    /// <summary>The credential has no such part.</summary>
    UnknownClassifier,
}

/// <summary>
/// Accounts, workflow executions, credentials and uploaded parts, and the status transitions between them.
/// One lock guards everything: the fake favours obvious correctness under concurrency over throughput.
/// Statuses that depend on time are evaluated lazily, at read time, against the TimeProvider.
/// </summary>
internal sealed class FakeAccountStore
{
    // Jumio: "As soon as the workflow starts, a 15 minutes session timeout starts ... each action ... resets it".
    private static readonly TimeSpan SessionTimeout = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeAccount> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;
    private readonly TimeSpan _processingTime;

    public FakeAccountStore(TimeProvider time, TimeSpan processingTime)
    {
        _time = time;
        _processingTime = processingTime;
    }

    /// <summary>Creates an account (when <paramref name="accountId"/> is null) or reuses one, and starts a new workflow execution on it.</summary>
    /// <returns>The new workflow, or null when the account to update does not exist.</returns>
    public FakeWorkflowView? StartWorkflow(string? accountId, FakeWorkflowRequest request)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            FakeAccount? account;
            if (accountId is null)
            {
                account = new FakeAccount(Guid.NewGuid().ToString());
                _accounts.Add(account.Id, account);
            }
            else if (!_accounts.TryGetValue(accountId, out account))
            {
                return null;
            }

            var workflow = new FakeWorkflow(Guid.NewGuid().ToString(), account.Id, request, now);
            foreach (var category in request.Categories)
            {
                workflow.Credentials.Add(new FakeCredential(Guid.NewGuid().ToString(), category));
            }

            account.Workflows.Add(workflow.Id, workflow);
            return View(workflow, now);
        }
    }

    /// <summary>Checks that an upload could be accepted, without changing anything (so the body is read only when it can be).</summary>
    public TransactionOutcome CheckUpload(string accountId, string workflowId, string credentialId, string classifier, string tokenWorkflowId)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return CheckUploadLocked(accountId, workflowId, credentialId, classifier, tokenWorkflowId, now, out _, out _);
        }
    }

    /// <summary>Records an uploaded part and restarts the session timeout.</summary>
    public TransactionOutcome UploadPart(
        string accountId, string workflowId, string credentialId, string classifier, string tokenWorkflowId, FakePart part)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var outcome = CheckUploadLocked(accountId, workflowId, credentialId, classifier, tokenWorkflowId, now, out var workflow, out var credential);
            if (outcome != TransactionOutcome.Ok)
            {
                return outcome;
            }

            credential!.Parts[classifier.ToUpperInvariant()] = part;
            workflow!.StartedAt ??= now;
            workflow.SessionDeadline = now + SessionTimeout;
            return TransactionOutcome.Ok;
        }
    }

    /// <summary>Finalizes a workflow execution: it becomes ACQUIRED, then PROCESSED once the processing time has passed.</summary>
    public TransactionOutcome Finalize(string accountId, string workflowId, string tokenWorkflowId)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var outcome = CheckTransactionLocked(accountId, workflowId, tokenWorkflowId, now, out var workflow);
            if (outcome != TransactionOutcome.Ok)
            {
                return outcome;
            }

            workflow!.StartedAt ??= now;
            workflow.FinalizedAt = now;
            return TransactionOutcome.Ok;
        }
    }

    /// <summary>The workflow with its status evaluated now, or null if unknown.</summary>
    public FakeWorkflowView? Find(string accountId, string workflowId)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return TryGetWorkflow(accountId, workflowId, out var workflow) ? View(workflow, now) : null;
        }
    }

    /// <summary>An uploaded image of any workflow execution of the account, or null.</summary>
    public FakePart? FindPart(string accountId, string credentialId, string classifier)
    {
        lock (_gate)
        {
            if (!_accounts.TryGetValue(accountId, out var account))
            {
                return null;
            }

            foreach (var workflow in account.Workflows.Values)
            {
                foreach (var credential in workflow.Credentials)
                {
                    if (string.Equals(credential.Id, credentialId, StringComparison.OrdinalIgnoreCase))
                    {
                        return credential.Parts.GetValueOrDefault(classifier.ToUpperInvariant());
                    }
                }
            }

            return null;
        }
    }

    /// <summary>Deletes an account with all its workflow executions and images.</summary>
    public bool DeleteAccount(string accountId)
    {
        lock (_gate)
        {
            return _accounts.Remove(accountId);
        }
    }

    /// <summary>Deletes one workflow execution with its images; the account stays.</summary>
    public bool DeleteWorkflow(string accountId, string workflowId)
    {
        lock (_gate)
        {
            return _accounts.TryGetValue(accountId, out var account) && account.Workflows.Remove(workflowId);
        }
    }

    private TransactionOutcome CheckUploadLocked(
        string accountId, string workflowId, string credentialId, string classifier, string tokenWorkflowId, DateTimeOffset now,
        out FakeWorkflow? workflow, out FakeCredential? credential)
    {
        credential = null;
        if (!TryGetWorkflow(accountId, workflowId, out workflow))
        {
            return TransactionOutcome.NotFound;
        }

        credential = workflow.Credentials.FirstOrDefault(c => string.Equals(c.Id, credentialId, StringComparison.OrdinalIgnoreCase));
        if (credential is null)
        {
            return TransactionOutcome.NotFound;
        }

        var outcome = CheckTransactionLocked(accountId, workflowId, tokenWorkflowId, now, out _);
        if (outcome != TransactionOutcome.Ok)
        {
            return outcome;
        }

        return credential.Classifiers.Contains(classifier.ToUpperInvariant(), StringComparer.Ordinal)
            ? TransactionOutcome.Ok
            : TransactionOutcome.UnknownClassifier;
    }

    private TransactionOutcome CheckTransactionLocked(
        string accountId, string workflowId, string tokenWorkflowId, DateTimeOffset now, out FakeWorkflow? workflow)
    {
        if (!TryGetWorkflow(accountId, workflowId, out workflow))
        {
            return TransactionOutcome.NotFound;
        }

        if (!string.Equals(workflow.Id, tokenWorkflowId, StringComparison.OrdinalIgnoreCase))
        {
            return TransactionOutcome.WrongToken;
        }

        if (workflow.FinalizedAt is not null)
        {
            return TransactionOutcome.AlreadyFinalized;
        }

        return StatusOf(workflow, now) is FakeWorkflowStatus.TokenExpired or FakeWorkflowStatus.SessionExpired
            ? TransactionOutcome.Expired
            : TransactionOutcome.Ok;
    }

    private bool TryGetWorkflow(string accountId, string workflowId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FakeWorkflow? workflow)
    {
        workflow = null;
        return _accounts.TryGetValue(accountId, out var account) && account.Workflows.TryGetValue(workflowId, out workflow);
    }

    private string StatusOf(FakeWorkflow workflow, DateTimeOffset now)
    {
        if (workflow.FinalizedAt is { } finalizedAt)
        {
            return now >= finalizedAt + _processingTime ? FakeWorkflowStatus.Processed : FakeWorkflowStatus.Acquired;
        }

        var tokenExpired = now >= workflow.TokenExpiresAt;
        var sessionExpired = workflow.SessionDeadline is { } deadline && now >= deadline;
        if (tokenExpired && sessionExpired)
        {
            // Whichever ran out first is what ended the transaction.
            return workflow.SessionDeadline!.Value < workflow.TokenExpiresAt ? FakeWorkflowStatus.SessionExpired : FakeWorkflowStatus.TokenExpired;
        }

        if (sessionExpired)
        {
            return FakeWorkflowStatus.SessionExpired;
        }

        return tokenExpired ? FakeWorkflowStatus.TokenExpired : FakeWorkflowStatus.Initiated;
    }

    private FakeWorkflowView View(FakeWorkflow workflow, DateTimeOffset now)
    {
        var status = StatusOf(workflow, now);
        var credentials = workflow.Credentials
            .Select(c =>
            {
                var required = FakeCredentialCategories.RequiredClassifier(c.Category);
                return new FakeCredentialView(
                    c.Id,
                    c.Category,
                    c.Classifiers,
                    c.Classifiers.Where(c.Parts.ContainsKey).ToArray(),
                    c.UsabilityId,
                    required is null || c.Parts.ContainsKey(required));
            })
            .ToArray();

        var decision = status switch
        {
            FakeWorkflowStatus.Processed when credentials.All(c => c.Complete) => new FakeDecision("PASSED", "PASSED", 10),
            FakeWorkflowStatus.Processed => new FakeDecision("REJECTED", "MISSING_PARTS", 90),
            FakeWorkflowStatus.TokenExpired or FakeWorkflowStatus.SessionExpired => new FakeDecision("NOT_EXECUTED", status, -1),
            _ => new FakeDecision("NOT_EXECUTED", "NOT_PROCESSED", -1),
        };

        DateTimeOffset? completedAt = status == FakeWorkflowStatus.Processed ? workflow.FinalizedAt + _processingTime : null;
        return new FakeWorkflowView(
            workflow.Id, workflow.AccountId, workflow.Request, status, workflow.CreatedAt, workflow.StartedAt, completedAt,
            workflow.TokenExpiresAt, credentials, decision);
    }
}
