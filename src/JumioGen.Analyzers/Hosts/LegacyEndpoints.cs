using System;

namespace JumioGen.Analyzers.Hosts;

/// <summary>What replaces each legacy Netverify v2/v4 endpoint on the KYX platform (named in JUMIO005's message).</summary>
internal static class LegacyEndpoints
{
    public static string ReplacementFor(JumioUrl url)
    {
        var dc = JumioUrl.DataCentreOf(url.Region);
        var region = url.Region ?? "US";
        var path = url.Path.ToLowerInvariant();
        if (Contains(path, "/api/v4/initiate") || Contains(path, "/api/netverify/v2/initiatenetverify"))
        {
            return $"POST https://account.{dc}.jumio.ai/api/v1/accounts (a [JumioApi(Region.{region})] client's CreateAccountAsync)";
        }

        if (Contains(path, "/performnetverify"))
        {
            return $"the KYX API channel: POST https://account.{dc}.jumio.ai/api/v1/accounts, then upload and finalize on api.{dc}.jumio.ai (CreateAccountAsync, UploadPartAsync, FinalizeAsync of a [JumioApi(Region.{region})] client)";
        }

        if (Contains(path, "/scans") || Contains(path, "/authentications"))
        {
            return $"the Retrieval API on https://retrieval.{dc}.jumio.ai/api/v1/accounts/{{accountId}}/workflow-executions/{{workflowExecutionId}} (GetWorkflowDetailsAsync, GetWorkflowStatusAsync, DeleteWorkflowExecutionAsync of a [JumioApi(Region.{region})] client)";
        }

        if (Contains(path, "/api/authentication"))
        {
            return $"a KYX authentication workflow started with POST https://account.{dc}.jumio.ai/api/v1/accounts";
        }

        return $"the KYX platform APIs on account.{dc}.jumio.ai, api.{dc}.jumio.ai and retrieval.{dc}.jumio.ai (a [JumioApi(Region.{region})] client)";
    }

    private static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.Ordinal) >= 0;
}
