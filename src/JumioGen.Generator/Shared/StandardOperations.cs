using System.Collections.Generic;
using System.Linq;
using JumioGen.Generator.Model;

namespace JumioGen.Generator;

/// <summary>Jumio's documented KYX operations (shared reference jumio-api.md section 2), as operation specs.</summary>
internal static class StandardOperations
{
    private const string Runtime = "global::JumioGen.";
    private const string Json = "global::JumioGen.JumioJsonContext.Default.";
    private const string AccountResponse = Runtime + "AccountResponse";

    private static readonly ParameterSpec CancellationToken = new("cancellationToken", "global::System.Threading.CancellationToken", ParameterRole.CancellationToken);
    private static readonly ParameterSpec AccountId = new("accountId", "string", ParameterRole.Path);
    private static readonly ParameterSpec WorkflowExecutionId = new("workflowExecutionId", "string", ParameterRole.Path);
    private static readonly ParameterSpec Transaction = new("transaction", Runtime + "JumioTransaction", ParameterRole.Transaction) { RejectsNull = true };
    private static readonly ParameterSpec AccountBody = new("request", Runtime + "AccountRequest", ParameterRole.Body, Json + "AccountRequest") { RejectsNull = true };

    public static readonly EquatableArray<OperationSpec> All = new OperationSpec[]
    {
        Json_("CreateAccountAsync", "Creates an account and starts a workflow execution; the answer's Transactions are ready for upload.",
            "Post", Service("Account", "api/v1/accounts"), [AccountBody, CancellationToken], "AccountResponse", attachesTransactions: true),
        Json_("UpdateAccountAsync", "Starts a new workflow execution on an existing account.",
            "Put", Service("Account", "api/v1/accounts/{accountId}"), [AccountId, AccountBody, CancellationToken], "AccountResponse", attachesTransactions: true),
        Json_("UploadPartAsync", "Uploads one image (JPEG or PNG, at most 15 MB) of a credential, authorised by the transaction token.",
            "Post", new RequestTarget(TargetKind.TransactionPart, "Api", "", "TransactionToken"),
            [Transaction, new("classifier", "string", ParameterRole.PartClassifier), new("content", "global::System.IO.Stream", ParameterRole.PartContent) { RejectsNull = true },
             new("contentType", "string", ParameterRole.PartContentType), CancellationToken], "UploadResponse"),
        Json_("FinalizeAsync", "Finalizes the workflow execution after its parts are uploaded, authorised by the transaction token.",
            "Put", new RequestTarget(TargetKind.TransactionFinalize, "Api", "", "TransactionToken"), [Transaction, CancellationToken], "FinalizeResponse"),
        Json_("GetWorkflowStatusAsync", "Reads a workflow execution's status (INITIATED, ACQUIRED, PROCESSED, ...).",
            "Get", Service("Retrieval", "api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/status"), [AccountId, WorkflowExecutionId, CancellationToken], "WorkflowStatus"),
        Json_("GetWorkflowDetailsAsync", "Reads a processed workflow execution's details: decision, risk, capabilities.",
            "Get", Service("Retrieval", "api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}"), [AccountId, WorkflowExecutionId, CancellationToken], "WorkflowDetails"),
        new("GetCredentialImageAsync", "Downloads a captured image; dispose the stream.",
            "Get", Service("Retrieval", "api/v1/accounts/{accountId}/credentials/{credentialId}/parts/{classifier}"),
            new ParameterSpec[] { AccountId, new("credentialId", "string", ParameterRole.Path), new("classifier", "string", ParameterRole.Path), CancellationToken }.ToEquatableArray(),
            ResponseKind.Stream, "global::System.Threading.Tasks.Task<global::System.IO.Stream>", null, null, false),
        NoContent("DeleteAccountAsync", "Deletes an account and all its workflow executions.",
            Service("Retrieval", "api/v1/accounts/{accountId}"), [AccountId, CancellationToken]),
        NoContent("DeleteWorkflowExecutionAsync", "Deletes one workflow execution.",
            Service("Retrieval", "api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}"), [AccountId, WorkflowExecutionId, CancellationToken]),
        Json_("GetHealthAsync", "Reads the health of Jumio's services in this region.",
            "Get", new RequestTarget(TargetKind.ServicePath, "Status", "", "None"), [CancellationToken], "HealthStatus"),
    }.ToEquatableArray();

    /// <summary>
    /// What a device-mode client gets: start at the app's server, then upload and finalize with the transaction token.
    /// Nothing that needs the access token.
    /// </summary>
    public static readonly EquatableArray<OperationSpec> Device = new[]
    {
        new OperationSpec("StartAsync", "Asks your server to start a verification and returns its transactions (one per credential to capture).",
            "Post", new RequestTarget(TargetKind.DeviceStart, "Api", "", "None"), new[] { CancellationToken }.ToEquatableArray(),
            ResponseKind.Json, "global::System.Threading.Tasks.Task<global::System.Collections.Generic.IReadOnlyList<" + Runtime + "JumioTransaction>>", null, null, false),
    }.Concat(All.Where(operation => operation.Target.Authorization == "TransactionToken")).ToEquatableArray();

    private static RequestTarget Service(string host, string path) => new(TargetKind.ServicePath, host, path, "AccessToken");

    private static OperationSpec Json_(string name, string summary, string method, RequestTarget target, ParameterSpec[] parameters, string responseType, bool attachesTransactions = false) =>
        new(name, summary, method, target, parameters.ToEquatableArray(), ResponseKind.Json,
            "global::System.Threading.Tasks.Task<" + Runtime + responseType + ">", Runtime + responseType, Json + responseType, attachesTransactions);

    private static OperationSpec NoContent(string name, string summary, RequestTarget target, ParameterSpec[] parameters) =>
        new(name, summary, "Delete", target, parameters.ToEquatableArray(), ResponseKind.None, "global::System.Threading.Tasks.Task", null, null, false);

    /// <summary>
    /// The standard operation <paramref name="standard"/> as the user re-declared it: same types, the user's parameter
    /// names (also in the route) and no generated declaration.
    /// </summary>
    public static OperationSpec Redeclared(OperationSpec standard, IReadOnlyList<string> parameterNames)
    {
        var renames = new Dictionary<string, string>();
        var parameters = new List<ParameterSpec>();
        for (var i = 0; i < standard.Parameters.Count; i++)
        {
            renames[standard.Parameters[i].Name] = parameterNames[i];
            parameters.Add(standard.Parameters[i] with { Name = parameterNames[i] });
        }

        return standard with
        {
            Summary = null,
            Target = standard.Target with { PathTemplate = RouteTemplate.RenamePlaceholders(standard.Target.PathTemplate, renames) },
            Parameters = parameters.ToEquatableArray(),
        };
    }
}
