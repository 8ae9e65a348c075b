using JumioGen.Analyzers.Security;
using JumioGen.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Verify = JumioGen.Analyzers.Tests.Verifiers.AnalyzerVerifier<JumioGen.Analyzers.Security.LegacyNetverifyEndpointAnalyzer>;

namespace JumioGen.Analyzers.Tests.Security;

public sealed class LegacyNetverifyEndpointAnalyzerTests
{
    // ---- true positives -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("https://netverify.com/api/v4/initiate", "POST https://account.amer-1.jumio.ai/api/v1/accounts (a [JumioApi(Region.US)] client's CreateAccountAsync)")]
    [InlineData("https://lon.netverify.com/api/netverify/v2/performNetverify", "the KYX API channel: POST https://account.emea-1.jumio.ai/api/v1/accounts, then upload and finalize on api.emea-1.jumio.ai (CreateAccountAsync, UploadPartAsync, FinalizeAsync of a [JumioApi(Region.EU)] client)")]
    [InlineData("https://core-sgp.jumio.com/api/netverify/v2/scans/abc/data", "the Retrieval API on https://retrieval.apac-1.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} (GetWorkflowDetailsAsync, GetWorkflowStatusAsync, DeleteWorkflowExecutionAsync of a [JumioApi(Region.SG)] client)")]
    [InlineData("https://netverify.com/api/authentication/v1/web/initiate", "a KYX authentication workflow started with POST https://account.amer-1.jumio.ai/api/v1/accounts")]
    [InlineData("lon.netverify.com", "the KYX platform APIs on account.emea-1.jumio.ai, api.emea-1.jumio.ai and retrieval.emea-1.jumio.ai (a [JumioApi(Region.EU)] client)")]
    public async Task Message_names_the_replacement(string address, string replacement)
    {
        var test = AnalyzerVerifier<LegacyNetverifyEndpointAnalyzer>.Create();
        test.TestCode = $$"""
            static class Legacy
            {
                public const string Address = {|#0:"{{address}}"|};
            }
            """;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LegacyNetverifyEndpoint).WithLocation(0).WithArguments(address, replacement));
        await test.RunAsync();
    }

    [Fact]
    public Task Uri_base_address_delete_call_and_interpolated_scan_address() =>
        Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            sealed class LegacyClient
            {
                private readonly HttpClient client = new() { BaseAddress = new Uri({|JUMIO005:"https://lon.netverify.com/"|}) };

                public Task<HttpResponseMessage> DeleteAsync(string scan) => client.DeleteAsync({|JUMIO005:$"https://netverify.com/api/netverify/v2/scans/{scan}"|});

                public Task<string> DataAsync(string scan) => client.GetStringAsync({|JUMIO005:"HTTPS://NETVERIFY.COM/api/netverify/v2/scans/" + scan + "/data"|});
            }
            """.Replace("{|JUMIO005:\"HTTPS://NETVERIFY.COM/api/netverify/v2/scans/\" + scan + \"/data\"|}", "{|JUMIO005:\"HTTPS://NETVERIFY.COM/api/netverify/v2/scans/\"|} + scan + \"/data\"", StringComparison.Ordinal));

    [Fact]
    public Task Configuration_default_with_a_bare_legacy_host_and_path() =>
        Verify.VerifyAsync("""
            sealed class JumioSettings
            {
                public string Host { get; set; } = {|JUMIO005:"core-sgp.jumio.com/api/v4"|};
            }
            """);

    // ---- false positives ------------------------------------------------------------------------------------

    [Fact]
    public Task KYX_hosts_look_alikes_and_prose_are_not_legacy_endpoints() =>
        Verify.VerifyAsync("""
            static class Addresses
            {
                public const string Account = "https://account.amer-1.jumio.ai/api/v1/accounts";
                public const string Callback = "https://callback.jumio.com/";
                public const string LookAlike = "https://netverify.com.example.org/";
                public const string Suffix = "https://mynetverify.com/";
                public const string Prose = "We migrated from netverify.com to the KYX platform.";
                public const string Email = "support@netverify.com";
                public const string Name = "netverify";
            }
            """);

    [Fact]
    public Task Comments_and_identifiers_are_not_strings() =>
        Verify.VerifyAsync("""
            // Old endpoint: https://netverify.com/api/v4/initiate
            /// <summary>Replaces https://lon.netverify.com/api/netverify/v2/performNetverify.</summary>
            static class NetverifyMigration
            {
                public static int netverify_com = 1;
            }
            """);
}
