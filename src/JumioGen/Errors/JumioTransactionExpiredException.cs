namespace JumioGen;

/// <summary>
/// An upload or finalize was not sent because its transaction token or its 15-minute session has run out; Jumio
/// would have refused it. Create or update the account again for a new transaction.
/// </summary>
public sealed class JumioTransactionExpiredException : JumioException
{
    /// <summary>Creates the exception.</summary>
    public JumioTransactionExpiredException(JumioTransaction transaction, string message)
        : base(message)
    {
        AccountId = transaction.AccountId;
        WorkflowExecutionId = transaction.WorkflowExecutionId;
        CredentialId = transaction.CredentialId;
    }

    /// <summary>The account of the expired transaction.</summary>
    public string AccountId { get; }

    /// <summary>The workflow execution of the expired transaction.</summary>
    public string WorkflowExecutionId { get; }

    /// <summary>The credential of the expired transaction.</summary>
    public string CredentialId { get; }
}
