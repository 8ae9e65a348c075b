using System.Collections.Generic;

namespace JumioGen.Testing;

/// <summary>The route names accepted by <see cref="FakeJumio.CallsTo"/> and <see cref="FakeJumio.LastAuthorizationScheme"/>.</summary>
public static class FakeRouteNames
{
    /// <summary><c>POST /oauth2/token</c>.</summary>
    public const string Token = "token";
    /// <summary><c>POST /api/v1/accounts</c>.</summary>
    public const string CreateAccount = "createAccount";
    /// <summary><c>PUT /api/v1/accounts/{accountId}</c>.</summary>
    public const string UpdateAccount = "updateAccount";
    /// <summary><c>POST .../credentials/{credentialId}/parts/{classifier}</c>.</summary>
    public const string UploadPart = "uploadPart";
    /// <summary><c>PUT .../workflow-executions/{workflowExecutionId}</c>.</summary>
    public const string Finalize = "finalize";
    /// <summary><c>GET .../workflow-executions/{workflowExecutionId}/status</c>.</summary>
    public const string Status = "status";
    /// <summary><c>GET .../workflow-executions/{workflowExecutionId}</c>.</summary>
    public const string Details = "details";
    /// <summary><c>GET /api/v1/accounts/{accountId}/credentials/{credentialId}/parts/{classifier}</c>.</summary>
    public const string Image = "image";
    /// <summary><c>DELETE /api/v1/accounts/{accountId}</c>.</summary>
    public const string DeleteAccount = "deleteAccount";
    /// <summary><c>DELETE .../workflow-executions/{workflowExecutionId}</c>.</summary>
    public const string DeleteWorkflow = "deleteWorkflow";
    /// <summary><c>GET /</c>.</summary>
    public const string Health = "health";

    /// <summary>Every route name.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Token, CreateAccount, UpdateAccount, UploadPart, Finalize, Status, Details, Image, DeleteAccount, DeleteWorkflow, Health,
    ];
}
