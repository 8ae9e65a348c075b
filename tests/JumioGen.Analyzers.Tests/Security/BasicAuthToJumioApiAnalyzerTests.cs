using JumioGen.Analyzers.Security;
using JumioGen.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Verify = JumioGen.Analyzers.Tests.Verifiers.AnalyzerVerifier<JumioGen.Analyzers.Security.BasicAuthToJumioApiAnalyzer>;

namespace JumioGen.Analyzers.Tests.Security;

public sealed class BasicAuthToJumioApiAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        using System.Threading.Tasks;

        """;

    // ---- true positives -------------------------------------------------------------------------------------

    [Fact]
    public Task Default_request_headers_on_a_client_whose_BaseAddress_is_the_account_API_via_a_constant() =>
        Verify.VerifyAsync(Usings + """
            class LegacyJumio
            {
                private const string AccountApi = "https://account.emea-1.jumio.ai/";
                private readonly HttpClient client = new();

                public LegacyJumio(string token, string secret)
                {
                    client.BaseAddress = new Uri(AccountApi);
                    client.DefaultRequestHeaders.Authorization = {|JUMIO001:new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(token + ":" + secret)))|};
                }
            }
            """);

    [Fact]
    public Task Request_header_on_a_request_to_the_retrieval_API() =>
        Verify.VerifyAsync(Usings + """
            class Retrieval
            {
                public async Task<string> GetAsync(HttpClient client, string basic, string accountId)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "https://retrieval.amer-1.jumio.ai/api/v1/accounts/" + accountId);
                    request.Headers.Authorization = {|JUMIO001:new AuthenticationHeaderValue("Basic", basic)|};
                    using var response = await client.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """);

    [Fact]
    public Task Authorization_header_added_as_text_on_a_client_that_posts_to_the_account_API() =>
        Verify.VerifyAsync(Usings + """
            class Accounts
            {
                private static readonly string AccountsUrl = "https://account.apac-1.jumio.ai/api/v1/accounts";

                public Task<HttpResponseMessage> CreateAsync(string credentials)
                {
                    var client = new HttpClient();
                    {|JUMIO001:client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic " + credentials)|};
                    return client.PostAsync(AccountsUrl, new StringContent("{}"));
                }
            }
            """);

    [Fact]
    public Task Legacy_Netverify_base_address_held_in_a_static_readonly_Uri() =>
        Verify.VerifyAsync(Usings + """
            class Netverify
            {
                private static readonly Uri Base = new("https://lon.netverify.com/");
                private readonly HttpClient http;

                public Netverify(string basic)
                {
                    http = new HttpClient { BaseAddress = Base };
                    http.DefaultRequestHeaders.Authorization = {|JUMIO001:new("Basic", basic)|};
                }

                public Task<string> ScanAsync(string reference) => http.GetStringAsync("api/netverify/v2/scans/" + reference);
            }
            """);

    [Fact]
    public Task Named_HttpClient_registration_that_sets_BaseAddress_and_Basic_auth_in_its_configure_lambda() =>
        Verify.VerifyAsync(Usings + """
            using Microsoft.Extensions.DependencyInjection;

            static class Registration
            {
                public static void AddLegacyJumio(IServiceCollection services, string basic) =>
                    services.AddHttpClient("jumio", c =>
                    {
                        c.BaseAddress = new Uri("https://api.emea-1.jumio.ai/");
                        c.DefaultRequestHeaders.Authorization = {|JUMIO001:new AuthenticationHeaderValue("Basic", basic)|};
                    });
            }
            """);

    [Fact]
    public Task Header_set_in_the_request_object_initializer() =>
        Verify.VerifyAsync(Usings + """
            class Deleter
            {
                public Task DeleteAsync(HttpClient client, string basic, string id) =>
                    client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"https://retrieval.emea-1.jumio.ai/api/v1/accounts/{id}")
                    {
                        Headers = { Authorization = {|JUMIO001:new AuthenticationHeaderValue("Basic", basic)|} },
                    });
            }
            """);

    [Fact]
    public Task Relative_request_sent_through_a_client_whose_BaseAddress_is_the_account_API() =>
        Verify.VerifyAsync(Usings + """
            class Relative
            {
                private readonly HttpClient client = new() { BaseAddress = new Uri("https://account.amer-1.jumio.ai") };

                public Task<HttpResponseMessage> CreateAsync(string basic)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/accounts");
                    var header = new AuthenticationHeaderValue("BASIC", basic);
                    request.Headers.Authorization = {|JUMIO001:header|};
                    return client.SendAsync(request);
                }
            }
            """);

    [Fact]
    public Task Data_centre_left_open_in_an_interpolated_host() =>
        Verify.VerifyAsync(Usings + """
            class AnyRegion
            {
                public Task<string> StatusAsync(string dc, string basic, string account, string workflow)
                {
                    var client = new HttpClient { BaseAddress = new Uri($"https://retrieval.{dc}.jumio.ai/") };
                    client.DefaultRequestHeaders.Authorization = {|JUMIO001:new AuthenticationHeaderValue("Basic", basic)|};
                    return client.GetStringAsync($"api/v1/accounts/{account}/workflow-executions/{workflow}/status");
                }
            }
            """);

    [Fact]
    public async Task Message_names_the_host()
    {
        var test = AnalyzerVerifier<BasicAuthToJumioApiAnalyzer>.Create();
        test.TestCode = Usings + """
            class Message
            {
                public void Configure(HttpClient client, string basic)
                {
                    client.BaseAddress = new Uri("https://account.emea-1.jumio.ai/");
                    client.DefaultRequestHeaders.Authorization = {|#0:new AuthenticationHeaderValue("Basic", basic)|};
                }
            }
            """;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.BasicAuthToJumioApi).WithLocation(0).WithArguments("account.emea-1.jumio.ai"));
        await test.RunAsync();
    }

    // The rule skips types whose source never names request or client headers; every part of a partial type counts.
    [Fact]
    public Task Base_address_in_one_part_of_a_partial_type_and_the_Basic_header_in_another() =>
        Verify.VerifyAsync(
        [
            Usings + """
                partial class Accounts
                {
                    private const string AccountApi = "https://account.amer-1.jumio.ai/";
                    private readonly HttpClient client = new() { BaseAddress = new Uri(AccountApi) };
                }
                """,
            """
                using System.Net.Http;
                using System.Net.Http.Headers;

                partial class Accounts
                {
                    public Accounts(string basic) => client.DefaultRequestHeaders.Authorization = {|JUMIO001:new AuthenticationHeaderValue("Basic", basic)|};

                    public HttpClient Client => client;
                }
                """,
        ]);

    // Only types whose constants can spell a Jumio host get their values followed: constants of other types count.
    [Fact]
    public Task Account_API_address_from_a_constant_of_another_type() =>
        Verify.VerifyAsync(Usings + """
            static class JumioHosts
            {
                public const string Account = "https://account.emea-1.jumio.ai/";
            }

            class Accounts
            {
                private readonly HttpClient client = new();

                public Accounts(string basic)
                {
                    client.BaseAddress = new Uri(JumioHosts.Account);
                    client.DefaultRequestHeaders.Authorization = {|JUMIO001:new AuthenticationHeaderValue("Basic", basic)|};
                }
            }
            """);

    [Fact]
    public Task Account_API_host_label_from_a_field_and_the_domain_from_an_interpolation() =>
        Verify.VerifyAsync(Usings + """
            class Accounts
            {
                private static readonly string Service = "ACCOUNT";
                private readonly HttpClient client = new();

                public Accounts(string basic, string dataCentre)
                {
                    client.BaseAddress = new Uri($"https://{Service}.{dataCentre}.jumio.ai/");
                    client.DefaultRequestHeaders.Authorization = {|JUMIO001:new AuthenticationHeaderValue("Basic", basic)|};
                }
            }
            """);

    [Fact]
    public Task Account_API_address_built_from_a_data_centre_field() =>
        Verify.VerifyAsync(Usings + """
            class Accounts
            {
                private static readonly string DataCentre = "amer-1";

                public Task<HttpResponseMessage> CreateAsync(HttpClient client, string basic)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://account." + DataCentre + ".jumio.ai/api/v1/accounts");
                    request.Headers.Authorization = {|JUMIO001:new AuthenticationHeaderValue("Basic", basic)|};
                    return client.SendAsync(request);
                }
            }
            """);

    // ---- false positives ------------------------------------------------------------------------------------

    [Fact]
    public Task Basic_client_authentication_on_the_token_endpoint_is_right() =>
        Verify.VerifyAsync(Usings + """
            class TokenCall
            {
                private const string TokenUrl = "https://auth.emea-1.jumio.ai/oauth2/token";

                public Task<HttpResponseMessage> GetTokenAsync(HttpClient client, string id, string secret)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, TokenUrl)
                    {
                        Content = new FormUrlEncodedContent(new[] { new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "client_credentials") }),
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}")));
                    return client.SendAsync(request);
                }
            }
            """);

    [Fact]
    public Task Basic_to_a_host_that_is_not_Jumio() =>
        Verify.VerifyAsync(Usings + """
            class Other
            {
                public void Configure(HttpClient client, string basic)
                {
                    client.BaseAddress = new Uri("https://api.example.com/");
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
                }
            }
            """);

    [Fact]
    public Task Bearer_token_to_the_account_API() =>
        Verify.VerifyAsync(Usings + """
            class Bearer
            {
                public void Configure(HttpClient client, string token)
                {
                    client.BaseAddress = new Uri("https://account.emea-1.jumio.ai/");
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
                }
            }
            """);

    [Fact]
    public Task Address_from_configuration_is_not_known_to_be_Jumio() =>
        Verify.VerifyAsync(Usings + """
            class Configured
            {
                public void Configure(HttpClient client, Uri fromConfiguration, string basic)
                {
                    client.BaseAddress = fromConfiguration;
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
                }
            }
            """);

    [Fact]
    public Task Client_that_only_calls_the_token_endpoint() =>
        Verify.VerifyAsync(Usings + """
            class TokenClient
            {
                private readonly HttpClient client = new();

                public Task<HttpResponseMessage> TokenAsync(string basic)
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
                    return client.PostAsync("https://auth.apac-1.jumio.ai/oauth2/token", new StringContent("grant_type=client_credentials"));
                }
            }
            """);

    [Fact]
    public Task Absolute_token_request_through_a_client_whose_BaseAddress_is_the_account_API() =>
        Verify.VerifyAsync(Usings + """
            class Shared
            {
                private readonly HttpClient client = new() { BaseAddress = new Uri("https://account.emea-1.jumio.ai/") };

                public Task<HttpResponseMessage> TokenAsync(string basic)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://auth.emea-1.jumio.ai/oauth2/token");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
                    return client.SendAsync(request);
                }
            }
            """);

    [Fact]
    public Task Look_alike_hosts_are_not_Jumio() =>
        Verify.VerifyAsync(Usings + """
            class LookAlike
            {
                public void Configure(HttpClient a, HttpClient b, string basic)
                {
                    a.BaseAddress = new Uri("https://account.emea-1.jumio.ai.example.com/");
                    a.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
                    b.BaseAddress = new Uri("https://account.notjumio.ai/");
                    b.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
                }
            }
            """);

    [Fact]
    public Task Basic_on_one_client_and_the_Jumio_address_on_another() =>
        Verify.VerifyAsync(Usings + """
            class TwoClients
            {
                private readonly HttpClient jumio = new() { BaseAddress = new Uri("https://account.emea-1.jumio.ai/") };
                private readonly HttpClient legacyPartner = new() { BaseAddress = new Uri("https://partner.example.org/") };

                public TwoClients(string basic) =>
                    legacyPartner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            }
            """);
}
