using System.Diagnostics;
using JumioGen.Samples;

namespace JumioGen.Onboarding;

/// <summary>The outcome of one verification.</summary>
public sealed record VerificationOutcome(string? Status, string? Decision);

/// <summary>
/// One whole Jumio verification through the generated client: create an account, upload every part each
/// credential asks for, finalize, wait for processing, read the decision, delete the account.
/// </summary>
public sealed class VerificationRun(IJumio jumio, TextWriter output, TimeSpan pollFor)
{
    public async Task<VerificationOutcome> RunAsync(int workflowKey, CancellationToken cancellationToken)
    {
        output.WriteLine("1. Create account");
        var account = await jumio.CreateAccountAsync(new AccountRequest
        {
            CustomerInternalReference = "jumiogen-sample-" + Guid.NewGuid().ToString("N")[..8],
            WorkflowDefinition = new WorkflowDefinition { Key = workflowKey },
            TokenLifetime = "30m",
        }, cancellationToken);
        var accountId = account.Account!.Id!;
        var workflowId = account.WorkflowExecution!.Id!;
        output.WriteLine($"   account {accountId}, workflow execution {workflowId}, {account.Transactions.Count} credential(s) to capture over the API");

        output.WriteLine("2. Upload images");
        var colour = 0;
        foreach (var transaction in account.Transactions)
        {
            foreach (var part in transaction.Parts.Keys)
            {
                var image = SampleImages.Png(480, 320, (byte)(60 * colour++), 120, 200);
                using var content = new MemoryStream(image);
                await jumio.UploadPartAsync(transaction, part.ToUpperInvariant(), content, "image/png", cancellationToken);
                output.WriteLine($"   {transaction.Category} {part.ToUpperInvariant()}: {image.Length / 1024.0:0.0} KB uploaded");
            }
        }

        output.WriteLine("3. Finalize");
        if (account.Transactions.Count > 0)
        {
            await jumio.FinalizeAsync(account.Transactions[^1], cancellationToken);
        }

        output.WriteLine("4. Wait for processing");
        var status = await PollAsync(accountId, workflowId, cancellationToken);

        string? decision = null;
        if (status == WorkflowExecutionStatuses.Processed)
        {
            var details = await jumio.GetWorkflowDetailsAsync(accountId, workflowId, cancellationToken);
            decision = details.Decision?.Type;
            output.WriteLine($"5. Decision: {decision} (label {details.Decision?.Details?.Label}, risk score {details.Decision?.Risk?.Score})");
        }
        else
        {
            output.WriteLine($"5. No decision: the workflow ended as {status}");
        }

        await jumio.DeleteAccountAsync(accountId, cancellationToken);
        output.WriteLine("6. Account deleted");
        return new VerificationOutcome(status, decision);
    }

    private async Task<string?> PollAsync(string accountId, string workflowId, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        string? last = null;
        while (true)
        {
            var status = (await jumio.GetWorkflowStatusAsync(accountId, workflowId, cancellationToken)).WorkflowExecution?.Status;
            if (status != last)
            {
                output.WriteLine($"   status {status} after {waited.Elapsed.TotalSeconds:0.0} s");
                last = status;
            }

            if (status is not (WorkflowExecutionStatuses.Initiated or WorkflowExecutionStatuses.Acquired) || waited.Elapsed > pollFor)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }
}
