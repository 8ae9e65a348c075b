using System.Collections.Generic;

namespace JumioGen.Testing;

/// <summary>The route names accepted by <see cref="FakeJumio.CallsTo"/> and <see cref="FakeJumio.LastAuthorizationScheme"/>.</summary>
internal static class FakeRouteNames
{
    public const string Token = "token";
    public const string CreateAccount = "createAccount";
    public const string UpdateAccount = "updateAccount";
    public const string UploadPart = "uploadPart";
    public const string Finalize = "finalize";
    public const string Status = "status";
    public const string Details = "details";
    public const string Image = "image";
    public const string DeleteAccount = "deleteAccount";
    public const string DeleteWorkflow = "deleteWorkflow";
    public const string Health = "health";

    public static readonly IReadOnlyList<string> All =
    [
        Token, CreateAccount, UpdateAccount, UploadPart, Finalize, Status, Details, Image, DeleteAccount, DeleteWorkflow, Health,
    ];
}
