namespace JumioGen.Generator.Tests;

/// <summary>Declarations shared by the baseline, compile and run tests.</summary>
internal static class Scenarios
{
    /// <summary>A user's JSON models and their source-generated context.</summary>
    public const string AcmeModels = """
        namespace Acme.Kyx
        {
        using System.Text.Json.Serialization;

        public sealed class Watchlist
        {
            public string? Id { get; set; }

            public int Hits { get; set; }
        }

        public sealed class ScreeningRequest
        {
            public string? Name { get; set; }
        }

        public sealed class ExecutionStatus
        {
            public ExecutionState? WorkflowExecution { get; set; }
        }

        public sealed class ExecutionState
        {
            public string? Status { get; set; }
        }

        public enum Depth
        {
            Basic,
            Full,
        }

        [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
        [JsonSerializable(typeof(Watchlist))]
        [JsonSerializable(typeof(ScreeningRequest))]
        [JsonSerializable(typeof(ExecutionStatus))]
        internal sealed partial class AcmeJsonContext : JsonSerializerContext;
        }
        """;

    /// <summary>Every kind of custom operation, next to the standard operations it does not replace.</summary>
    public const string CustomOperations = AcmeModels + """

        namespace Acme.Kyx
        {
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            using JumioGen;

            [JumioApi(Region.EU, JsonContext = typeof(AcmeJsonContext), StandardOperations = false)]
            public partial interface IScreening
            {
                [Get("api/v1/watchlists/{watchlistId}")]
                Task<Watchlist> GetWatchlistAsync(string watchlistId, [Query] Depth depth, [Query("tag")] IReadOnlyList<string>? tags, [Header("X-Correlation-Id")] string? correlationId, CancellationToken cancellationToken = default);

                [Post("/api/v1/screenings", Host = JumioHost.Api)]
                Task<JumioResponse<Watchlist>> ScreenAsync([Body] ScreeningRequest request, CancellationToken cancellationToken = default);

                [Delete("api/v1/watchlists/{id}")]
                Task DeleteWatchlistAsync(int id, CancellationToken cancellationToken = default);

                [Get("api/v1/reports/{reportId}?format=pdf")]
                Task<Stream> DownloadReportAsync(Guid reportId, [Query] DateTimeOffset? since, CancellationToken cancellationToken);

                [Patch("api/v1/watchlists/{WatchlistId}")]
                Task<HttpResponseMessage> PatchWatchlistAsync(CancellationToken cancellationToken, string watchlistId, [Body] ScreeningRequest? patch);

                [Get("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/status")]
                Task<JumioResponse<ExecutionStatus>> TryGetStatusAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);

                [Post("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/credentials/{credentialId}/parts/{classifier}")]
                Task<UploadResponse> UploadPngAsync(
                    [TransactionToken] JumioTransaction transaction, string accountId, string workflowExecutionId, string credentialId, string classifier,
                    [Part("file", FileName = "image.png", ContentType = "image/png")] Stream image, [Part("note")] string? note,
                    [Part("meta")] ScreeningRequest? meta, CancellationToken cancellationToken = default);

                [TransactionToken]
                [Put("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}")]
                Task<FinalizeResponse> CompleteAsync(JumioTransaction transaction, string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);

                [Get("api/v1/@class/{class}")]
                Task<Watchlist> ToString(string @class, [Query] string? __request, CancellationToken cancellationToken = default);
            }
        }
        """;

    /// <summary>One standard operation re-declared exactly (implemented as standard), one replaced by a custom operation.</summary>
    public const string StandardRedeclaredAndReplaced = AcmeModels + """

        namespace Acme.Kyx
        {
            using System.Threading;
            using System.Threading.Tasks;
            using JumioGen;

            [JumioApi(Region.US, JsonContext = typeof(AcmeJsonContext))]
            internal partial interface IJumio
            {
                /// <summary>Documented by the user; implemented as the standard operation.</summary>
                Task<WorkflowStatus> GetWorkflowStatusAsync(string account, string execution, CancellationToken cancellationToken = default);

                /// <summary>Replaces the standard operation of the same signature.</summary>
                [Get("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}")]
                Task<JumioResponse<WorkflowDetails>> GetWorkflowDetailsAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);
            }
        }
        """;

    /// <summary>A short interface of custom operations, so mutations often hit the interesting parts.</summary>
    public const string Small = AcmeModels + """

        namespace Acme.Kyx
        {
            using System.Collections.Generic;
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;
            using JumioGen;

            [JumioApi(Region.EU, JsonContext = typeof(AcmeJsonContext), StandardOperations = false)]
            public partial interface ISmall
            {
                [Get("api/{watchlistId}")]
                Task<Watchlist> GetAsync(string watchlistId, [Query] List<Depth>? depths, CancellationToken cancellationToken = default);

                [Post("api/x", Host = JumioHost.Retrieval)]
                Task<JumioResponse<Watchlist>> PostAsync([Body] ScreeningRequest request, [Header("X-A")] int? a, CancellationToken cancellationToken = default);

                [TransactionToken]
                [Put("api/{id}")]
                Task PutAsync(JumioTransaction transaction, string id, [Part("file", ContentType = "image/png")] byte[] image, [Part("meta")] ScreeningRequest meta);
            }
        }
        """;
}
