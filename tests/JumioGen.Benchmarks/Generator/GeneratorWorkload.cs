using JumioGen.Benchmarks.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JumioGen.Benchmarks.Generator;

/// <summary>
/// One side of the generator comparison: a compilation with <see cref="Interfaces"/> client interfaces of
/// <see cref="OperationsPerInterface"/> operations each, one file per interface, plus an unrelated file that the
/// incremental benchmark edits. Both sides have the same references, the same number of files and the same
/// operations (routes, parameter shapes, return types); only the way they are declared differs.
/// </summary>
internal sealed class GeneratorWorkload
{
    public const int Interfaces = 200;
    public const int OperationsPerInterface = 10;

    private const string UnrelatedText = """
        namespace Bench;

        public static class Unrelated
        {
            public static int Value() => 1;
        }
        """;

    private readonly string _interfacePrefix;

    private GeneratorWorkload(string name, string interfacePrefix, Func<string, string> interfaceSource)
    {
        Name = name;
        _interfacePrefix = interfacePrefix;
        UnrelatedTree = BenchmarkReferences.Parse(UnrelatedText, "Unrelated.cs");
        EditedUnrelatedTree = UnrelatedTree.WithChangedText(
            UnrelatedTree.GetText().Replace(UnrelatedText.IndexOf("=> 1", StringComparison.Ordinal), "=> 1".Length, "=> 2"));
        var trees = Enumerable.Range(0, Interfaces)
            .Select(i => BenchmarkReferences.Parse(interfaceSource(InterfaceName(i)), $"Client{i:D3}.cs"))
            .Append(UnrelatedTree);
        Compilation = BenchmarkReferences.Compile(name + "Workload", trees);
    }

    public string Name { get; }

    public string InterfaceName(int index) => $"{_interfacePrefix}{index:D3}";

    /// <summary>The compilation before the generator runs.</summary>
    public CSharpCompilation Compilation { get; }

    public SyntaxTree UnrelatedTree { get; }

    /// <summary><see cref="UnrelatedTree"/> after an edit no generator cares about (a method body).</summary>
    public SyntaxTree EditedUnrelatedTree { get; }

    /// <summary>The compilation after the unrelated edit: a new compilation object, as the IDE or a rebuild would have.</summary>
    public Compilation CompilationAfterUnrelatedEdit() => Compilation.ReplaceSyntaxTree(UnrelatedTree, EditedUnrelatedTree);

    public static GeneratorWorkload JumioGen() => new("JumioGen", "IJumio", JumioInterface);

    public static GeneratorWorkload Refit() => new("Refit", "IRefit", RefitInterface);

    // The 10 standard operations come from the generator; the user writes only this.
    private static string JumioInterface(string name) => $$"""
        using JumioGen;

        namespace Bench.Clients;

        [JumioApi(Region.EU)]
        public partial interface {{name}};
        """;

    // The same 10 operations, the Refit way: same HTTP methods, routes, parameters and return types.
    private static string RefitInterface(string name) => $$"""
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using Refit;
        // Aliases, not `using JumioGen;`: JumioGen's own Get/Post/Put/Delete/Body attributes would clash with Refit's.
        using AccountRequest = JumioGen.AccountRequest;
        using AccountResponse = JumioGen.AccountResponse;
        using FinalizeResponse = JumioGen.FinalizeResponse;
        using HealthStatus = JumioGen.HealthStatus;
        using UploadResponse = JumioGen.UploadResponse;
        using WorkflowDetails = JumioGen.WorkflowDetails;
        using WorkflowStatus = JumioGen.WorkflowStatus;

        namespace Bench.Clients;

        public interface {{name}}
        {
            [Post("/api/v1/accounts")]
            Task<AccountResponse> CreateAccountAsync([Body] AccountRequest request, CancellationToken cancellationToken = default);

            [Put("/api/v1/accounts/{accountId}")]
            Task<AccountResponse> UpdateAccountAsync(string accountId, [Body] AccountRequest request, CancellationToken cancellationToken = default);

            [Multipart]
            [Post("/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/credentials/{credentialId}/parts/{classifier}")]
            Task<UploadResponse> UploadPartAsync(string accountId, string workflowExecutionId, string credentialId, string classifier,
                [AliasAs("file")] StreamPart content, [Authorize("Bearer")] string transactionToken, CancellationToken cancellationToken = default);

            [Put("/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}")]
            Task<FinalizeResponse> FinalizeAsync(string accountId, string workflowExecutionId, [Authorize("Bearer")] string transactionToken, CancellationToken cancellationToken = default);

            [Get("/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/status")]
            Task<WorkflowStatus> GetWorkflowStatusAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);

            [Get("/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}")]
            Task<WorkflowDetails> GetWorkflowDetailsAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);

            [Get("/api/v1/accounts/{accountId}/credentials/{credentialId}/parts/{classifier}")]
            Task<Stream> GetCredentialImageAsync(string accountId, string credentialId, string classifier, CancellationToken cancellationToken = default);

            [Delete("/api/v1/accounts/{accountId}")]
            Task DeleteAccountAsync(string accountId, CancellationToken cancellationToken = default);

            [Delete("/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}")]
            Task DeleteWorkflowExecutionAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);

            [Get("/")]
            Task<HealthStatus> GetHealthAsync(CancellationToken cancellationToken = default);
        }
        """;
}
