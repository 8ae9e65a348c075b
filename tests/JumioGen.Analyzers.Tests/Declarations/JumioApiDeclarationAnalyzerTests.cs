using Microsoft.CodeAnalysis.Testing;
using Verify = JumioGen.Analyzers.Tests.Verifiers.AnalyzerVerifier<JumioGen.Analyzers.Declarations.JumioApiDeclarationAnalyzer>;

namespace JumioGen.Analyzers.Tests.Declarations;

/// <summary>
/// JUMIO100-112: each rule with declarations it must report (true positives) and close ones it must not (false
/// positives). The rules are the generator's own; GeneratorTests prove the same declarations get no implementation.
/// </summary>
public sealed class JumioApiDeclarationAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Net.Http;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using JumioGen;

        public sealed class Watchlist { public string? Name { get; set; } }

        [JsonSerializable(typeof(Watchlist))]
        internal sealed partial class WatchJson : JsonSerializerContext
        {
            public WatchJson() : base(null) { }
            public static WatchJson Default { get; } = new();
            protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
            public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(Type type) => null;
        }

        """;

    public static TheoryData<string, string> TruePositives() => new()
    {
        { "JUMIO100 interface", "[JumioApi(Region.EU)] public interface {|JUMIO100:IJumio|} { }" },
        { "JUMIO100 containing class (reported on the interface)", "public class Outer { [JumioApi(Region.EU)] public partial interface {|JUMIO100:IJumio|} { } }" },
        { "JUMIO101 generic", "[JumioApi(Region.EU)] public partial interface {|JUMIO101:IJumio|}<T> { }" },
        { "JUMIO101 inherits", "[JumioApi(Region.EU)] public partial interface {|JUMIO101:IJumio|} : IDisposable { }" },
        { "JUMIO101 private", "public partial class Outer { [JumioApi(Region.EU)] private partial interface {|JUMIO101:IJumio|} { } }" },
        { "JUMIO102 no HTTP method", "[JumioApi(Region.EU)] public partial interface IJumio { Task {|JUMIO102:PingAsync|}(CancellationToken cancellationToken); }" },
        { "JUMIO102 property", "[JumioApi(Region.EU)] public partial interface IJumio { int {|JUMIO102:Count|} { get; } }" },
        { "JUMIO102 generic method", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"x\")] Task {|JUMIO102:PingAsync|}<T>(CancellationToken cancellationToken); }" },
        { "JUMIO102 standard name, other shape", "[JumioApi(Region.EU)] public partial interface IJumio { Task {|JUMIO102:GetHealthAsync|}(CancellationToken cancellationToken); }" },
        { "JUMIO103 absolute", "[JumioApi(Region.EU)] public partial interface IJumio { [Get({|JUMIO103:\"https://evil.example/x\"|})] Task PingAsync(CancellationToken cancellationToken); }" },
        { "JUMIO103 unbalanced", "[JumioApi(Region.EU)] public partial interface IJumio { [Get({|JUMIO103:\"x/{id\"|})] Task PingAsync(CancellationToken cancellationToken); }" },
        { "JUMIO104", "[JumioApi(Region.EU)] public partial interface IJumio { [Get({|JUMIO104:\"x/{accountId}\"|})] Task PingAsync(CancellationToken cancellationToken); }" },
        { "JUMIO105", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"x\")] Task PingAsync(int {|JUMIO105:page|}, CancellationToken cancellationToken); }" },
        { "JUMIO106", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"x\")] string {|JUMIO106:Ping|}(CancellationToken cancellationToken); }" },
        { "JUMIO107 object in query", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"x\")] Task PingAsync([Query] Watchlist {|JUMIO107:filter|}, CancellationToken cancellationToken); }" },
        { "JUMIO107 ref", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"x/{id}\")] Task PingAsync(ref string {|JUMIO107:id|}, CancellationToken cancellationToken); }" },
        { "JUMIO107 Authorization header", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"x\")] Task PingAsync([Header(\"Authorization\")] string {|JUMIO107:auth|}, CancellationToken cancellationToken); }" },
        { "JUMIO107 token on a string", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"x\")] Task PingAsync([TransactionToken] string {|JUMIO107:token|}, CancellationToken cancellationToken); }" },
        { "JUMIO108 two bodies", "[JumioApi(Region.EU, JsonContext = typeof(WatchJson))] public partial interface IJumio { [Post(\"x\")] Task PingAsync([Body] Watchlist a, [Body] Watchlist {|JUMIO108:b|}, CancellationToken cancellationToken); }" },
        { "JUMIO108 body and part", "[JumioApi(Region.EU, JsonContext = typeof(WatchJson))] public partial interface IJumio { [Post(\"x\")] Task {|JUMIO108:PingAsync|}([Body] Watchlist a, [Part(\"file\")] Stream file, CancellationToken cancellationToken); }" },
        { "JUMIO109", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"x\")] Task PingAsync(CancellationToken a, CancellationToken {|JUMIO109:b|}); }" },
        { "JUMIO110", "[JumioApi(Region.EU)] public partial interface IJumio { [TransactionToken] [Put(\"x\")] Task {|JUMIO110:CompleteAsync|}(CancellationToken cancellationToken); }" },
        { "JUMIO111 no context", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"x\")] Task<Watchlist> {|JUMIO111:GetAsync|}(CancellationToken cancellationToken); }" },
        { "JUMIO111 body without context", "[JumioApi(Region.EU)] public partial interface IJumio { [Post(\"x\")] Task PostAsync([Body] Watchlist {|JUMIO111:body|}, CancellationToken cancellationToken); }" },
        { "JUMIO111 not a context", "[JumioApi(Region.EU, JsonContext = typeof(string))] public partial interface IJumio { [Get(\"x\")] Task<Watchlist> {|JUMIO111:GetAsync|}(CancellationToken cancellationToken); }" },
        { "JUMIO112", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"x\")] Task {|JUMIO112:PingAsync|}(); }" },
        { "JUMIO113 access-token operation on a device", "[JumioApi(Region.EU, Mode = JumioClientMode.Device)] public partial interface IJumio { [Get(\"x\")] Task {|JUMIO113:PingAsync|}(CancellationToken cancellationToken); }" },
        { "JUMIO113 deletion on a device", "[JumioApi(Region.EU, Mode = JumioClientMode.Device)] public partial interface IJumio { [Delete(\"api/v1/accounts/{accountId}\", Host = JumioHost.Retrieval)] Task {|JUMIO113:DeleteAsync|}(string accountId, CancellationToken cancellationToken = default); }" },
    };

    // Close to each rule, and fine.
    public static TheoryData<string, string> FalsePositives() => new()
    {
        { "partial, nested in partial types", "public partial class Outer { [JumioApi(Region.EU)] internal partial interface IJumio; }" },
        { "split over two declarations, both partial", "[JumioApi(Region.EU)] public partial interface IJumio; public partial interface IJumio { [Get(\"x\")] Task PingAsync(CancellationToken cancellationToken = default); }" },
        { "non-partial interface without [JumioApi]", "public interface IPlain { Task PingAsync(); }" },
        { "standard operation re-declared exactly", "[JumioApi(Region.EU)] public partial interface IJumio { Task<HealthStatus> GetHealthAsync(CancellationToken cancellationToken = default); }" },
        { "default and static members need no implementation", "[JumioApi(Region.EU)] public partial interface IJumio { int Twice(int x) => 2 * x; static int Zero => 0; }" },
        { "leading slash, query in path, case-insensitive placeholder", "[JumioApi(Region.EU)] public partial interface IJumio { [Get(\"/x/{AccountId}?mode=full\")] Task<Stream> ReadAsync(string accountId, CancellationToken cancellationToken = default); }" },
        { "every role", "[JumioApi(Region.EU, JsonContext = typeof(WatchJson))] public partial interface IJumio { [Post(\"x/{id}\")] Task<JumioResponse<Watchlist>> PostAsync(int id, [Query] Guid? q, [Query(\"tag\")] string[] tags, [Header(\"X-Id\")] string? h, [Body] Watchlist body, CancellationToken cancellationToken = default); }" },
        { "parts and a transaction", "[JumioApi(Region.EU, JsonContext = typeof(WatchJson))] public partial interface IJumio { [Post(\"x\")] Task<HttpResponseMessage> UploadAsync([TransactionToken] JumioTransaction transaction, [Part(\"file\", ContentType = \"image/png\")] Stream file, [Part(\"meta\")] Watchlist meta, [Part(\"note\")] string? note, CancellationToken cancellationToken = default); }" },
        { "method-level transaction token", "[JumioApi(Region.EU)] public partial interface IJumio { [TransactionToken] [Put(\"x\")] Task<FinalizeResponse> CompleteAsync(JumioTransaction transaction, CancellationToken cancellationToken = default); }" },
        { "Jumio's own models need no context", "[JumioApi(Region.EU)] public partial interface IJumio { [Post(\"api/v1/accounts\")] Task<AccountResponse> CreateAsync([Body] AccountRequest request, CancellationToken cancellationToken = default); }" },
        { "device client with a transaction-token operation", "[JumioApi(Region.EU, Mode = JumioClientMode.Device)] public partial interface IJumio { [TransactionToken] [Put(\"x\")] Task<FinalizeResponse> CompleteAsync(JumioTransaction transaction, CancellationToken cancellationToken = default); }" },
        { "device client re-declaring its own start", "[JumioApi(Region.EU, Mode = JumioClientMode.Device)] public partial interface IJumio { Task<IReadOnlyList<JumioTransaction>> StartAsync(CancellationToken cancellationToken = default); }" },
        { "server client with access-token operations", "[JumioApi(Region.EU, Mode = JumioClientMode.Server)] public partial interface IJumio { [Get(\"x\")] Task PingAsync(CancellationToken cancellationToken = default); }" },
        { "cancellation token first", "[JumioApi(Region.EU)] public partial interface IJumio { [Delete(\"x/{id}\")] Task DeleteAsync(CancellationToken cancellationToken, string id); }" },
    };

    [Theory]
    [MemberData(nameof(TruePositives))]
    public Task Reports(string rule, string declaration)
    {
        _ = rule;
        return Verify.VerifyAsync(Usings + declaration);
    }

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public Task Does_not_report(string why, string declaration)
    {
        _ = why;
        return Verify.VerifyAsync(Usings + declaration);
    }

    [Fact]
    public Task Messages_name_what_to_change()
    {
        var test = Verify.Create();
        test.TestState.Sources.Add(Usings + "[JumioApi(Region.EU)] public partial interface IJumio { [Get({|#0:\"x/{accountId}\"|})] Task PingAsync(string {|#1:id|}, CancellationToken cancellationToken = default); }");
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.RouteParameterMissing).WithLocation(0).WithArguments("PingAsync", "accountId"));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ParameterNotInRoute).WithLocation(1).WithArguments("id"));
        return test.RunAsync();
    }

    // The analyzer skips members declared only in generated code (JumioGen's own standard operations): what would be
    // found there is never shown, while the user's own members are still read.
    [Fact]
    public Task Members_of_a_generated_part_are_not_read_while_the_users_are()
    {
        var test = Verify.Create();
        test.TestState.Sources.Add(("IJumio.cs", Usings + "[JumioApi(Region.EU)] public partial interface IJumio { Task {|JUMIO102:PingAsync|}(CancellationToken cancellationToken); }"));
        test.TestState.Sources.Add(("IJumio.g.cs", """
            // <auto-generated/>
            using System.Threading;
            using System.Threading.Tasks;

            partial interface IJumio
            {
                Task PongAsync(CancellationToken cancellationToken);

                int Count { get; }
            }
            """));
        return test.RunAsync();
    }
}
