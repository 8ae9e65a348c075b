using System;
using System.Collections.Generic;
using System.Linq;

namespace JumioGen;

/// <summary>
/// Jumio's 15-minute session belongs to the workflow execution, not to one credential: "as soon as the workflow starts
/// ... for each action performed the session timeout will reset". So the transactions of one workflow share one session,
/// and uploading the ID's front restarts the clock for the selfie too.
/// </summary>
internal sealed class WorkflowSession
{
    private readonly object _gate = new();
    private DateTimeOffset? _expiresAt;

    public WorkflowSession(DateTimeOffset? expiresAt) => _expiresAt = expiresAt;

    /// <summary>Unset until the first action.</summary>
    public DateTimeOffset? ExpiresAt
    {
        get
        {
            lock (_gate)
            {
                return _expiresAt;
            }
        }
    }

    public void Restart(DateTimeOffset now)
    {
        var next = now + JumioTransaction.SessionTimeout;
        lock (_gate)
        {
            // Concurrent uploads may finish out of order: the latest action wins.
            if (_expiresAt is not { } current || next > current)
            {
                _expiresAt = next;
            }
        }
    }

    /// <summary>
    /// Gives the transactions of each workflow execution one shared session (transactions read back from JSON each
    /// come with their own), keeping the latest deadline any of them knew.
    /// </summary>
    public static void Share(IEnumerable<JumioTransaction> transactions)
    {
        foreach (var workflow in transactions.GroupBy(t => (t.AccountId, t.WorkflowExecutionId)))
        {
            var session = new WorkflowSession(workflow.Max(t => t.SessionExpiresAt));
            foreach (var transaction in workflow)
            {
                transaction.Session = session;
            }
        }
    }
}
