using System.Text;

namespace JumioGen.Benchmarks.Calls;

/// <summary>The answers the stub gives: Jumio's documented JSON shapes, with realistic sizes.</summary>
internal static class CannedJumio
{
    public static readonly Uri BaseAddress = new("https://jumio.benchmark.invalid/");

    public const string AccountId = "9f2b9c1e-3a1d-4d0e-9c55-2b0c0b3c1a11";
    public const string WorkflowExecutionId = "0d5a2c3e-7b1f-4a8e-8e3b-6c1b0d9e2f44";
    public const string CredentialId = "5b7e1f2a-9c3d-4e6f-8a1b-2c3d4e5f6a7b";
    public const string ClientId = "benchmark-client";
    public const string ClientSecret = "benchmark-secret-not-real";
    public const string UserAgent = "JumioGen Benchmarks/1.0";

    // A JWT-shaped token (header.payload.signature) whose exp is far in the future, so the cache never refreshes mid-run.
    public static readonly string AccessToken = Jwt("""{"sub":"benchmark-client","exp":4102444800}""");

    public static readonly string TransactionToken = Jwt("""{"sub":"transaction","exp":4102444800}""");

    public static readonly byte[] TokenResponse = Utf8($$"""{"access_token":"{{AccessToken}}","expires_in":3600,"token_type":"Bearer"}""");

    public static readonly byte[] WorkflowStatus = Utf8($$$"""
        {"account":{"id":"{{{AccountId}}}","href":"{{{BaseAddress}}}api/v1/accounts/{{{AccountId}}}"},
         "workflowExecution":{"id":"{{{WorkflowExecutionId}}}","href":"{{{BaseAddress}}}api/v1/accounts/{{{AccountId}}}/workflow-executions/{{{WorkflowExecutionId}}}","definitionKey":"10011","status":"PROCESSED"}}
        """);

    public static readonly byte[] AccountResponse = Utf8($$$"""
        {"timestamp":"2026-05-28T09:17:50.240Z",
         "account":{"id":"{{{AccountId}}}"},
         "web":{"href":"https://acme.web.emea-1.jumio.ai/web/v4/app?authorizationToken=xxx&locale=en","successUrl":"https://acme.example/ok","errorUrl":"https://acme.example/error"},
         "sdk":{"token":"{{{TransactionToken}}}"},
         "workflowExecution":{"id":"{{{WorkflowExecutionId}}}","credentials":[
           {"id":"{{{CredentialId}}}","category":"ID","allowedChannels":["WEB","API","SDK"],
            "api":{"token":"{{{TransactionToken}}}",
                   "parts":{"front":"{{{BaseAddress}}}api/v1/accounts/{{{AccountId}}}/workflow-executions/{{{WorkflowExecutionId}}}/credentials/{{{CredentialId}}}/parts/FRONT",
                            "back":"{{{BaseAddress}}}api/v1/accounts/{{{AccountId}}}/workflow-executions/{{{WorkflowExecutionId}}}/credentials/{{{CredentialId}}}/parts/BACK"},
                   "workflowExecution":"{{{BaseAddress}}}api/v1/accounts/{{{AccountId}}}/workflow-executions/{{{WorkflowExecutionId}}}"}}]}}
        """);

    public static AccountRequest NewAccountRequest() => new()
    {
        CustomerInternalReference = "order-4711",
        UserReference = "user-0815",
        WorkflowDefinition = new WorkflowDefinition { Key = 10011 },
        TokenLifetime = "30m",
    };

    private static string Jwt(string payload) =>
        $"{Base64Url("""{"alg":"RS256","typ":"JWT"}""")}.{Base64Url(payload)}.{Base64Url("signature-not-checked-by-clients")}";

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
