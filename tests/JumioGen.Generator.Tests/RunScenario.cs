namespace JumioGen.Generator.Tests;

/// <summary>
/// A consumer's code, compiled by the tests with the generators and run against FakeJumio: custom operations on
/// Jumio's real routes next to standard ones. A recording handler under JumioGen's handler logs what went on the wire.
/// </summary>
internal static class RunScenario
{
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Net.Http;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using JumioGen;

        namespace Acme.Run
        {
            public sealed class NewAccount
            {
                public string? CustomerInternalReference { get; set; }

                public WorkflowKey? WorkflowDefinition { get; set; }
            }

            public sealed class WorkflowKey
            {
                public int Key { get; set; }
            }

            public sealed class CreatedAccount
            {
                public IdOnly? Account { get; set; }

                public IdOnly? WorkflowExecution { get; set; }
            }

            public sealed class IdOnly
            {
                public string? Id { get; set; }
            }

            public sealed class ExecutionStatus
            {
                public ExecutionState? WorkflowExecution { get; set; }
            }

            public sealed class ExecutionState
            {
                public string? Status { get; set; }
            }

            [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
            [JsonSerializable(typeof(NewAccount))]
            [JsonSerializable(typeof(CreatedAccount))]
            [JsonSerializable(typeof(ExecutionStatus))]
            internal sealed partial class RunJsonContext : JsonSerializerContext;

            [JumioApi(Region.EU, JsonContext = typeof(RunJsonContext))]
            public partial interface IJumioPlus
            {
                [Post("api/v1/accounts")]
                Task<CreatedAccount> CreateRawAccountAsync([Body] NewAccount account, [Header("X-Correlation-Id")] string correlationId, [Query("source")] string? source, CancellationToken cancellationToken = default);

                [Get("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/status")]
                Task<JumioResponse<ExecutionStatus>> TryGetStatusAsync(string accountId, string workflowExecutionId, [Query("tag")] IEnumerable<string> tags, CancellationToken cancellationToken = default);

                [Post("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}/credentials/{credentialId}/parts/{classifier}")]
                Task<UploadResponse> UploadPngAsync(
                    [TransactionToken] JumioTransaction transaction, string accountId, string workflowExecutionId, string credentialId, string classifier,
                    [Part("file", FileName = "image.png", ContentType = "image/png")] Stream image, CancellationToken cancellationToken = default);

                [TransactionToken]
                [Put("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}")]
                Task<FinalizeResponse> CompleteAsync(JumioTransaction transaction, string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);

                [Get("api/v1/accounts/{accountId}/credentials/{credentialId}/parts/{classifier}")]
                Task<Stream> DownloadAsync(CancellationToken cancellationToken, string accountId, string credentialId, string classifier);

                [Delete("api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}")]
                Task DeleteExecutionAsync(string accountId, string workflowExecutionId, CancellationToken cancellationToken = default);

                [Delete("api/v1/accounts/{accountId}")]
                Task<HttpResponseMessage> DeleteRawAsync(string accountId, CancellationToken cancellationToken = default);
            }

            /// <summary>Logs each request below JumioGen's handler: what actually goes on the wire.</summary>
            public sealed class Recorder : DelegatingHandler
            {
                public Recorder(HttpMessageHandler inner) : base(inner)
                {
                }

                public List<string> Lines { get; } = new();

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var line = request.Method + " " + request.RequestUri!.PathAndQuery + " auth=" + request.Headers.Authorization?.Scheme;
                    if (request.Headers.TryGetValues("X-Correlation-Id", out var correlation))
                    {
                        line += " X-Correlation-Id=" + string.Join(",", correlation);
                    }

                    if (request.Content is MultipartFormDataContent parts)
                    {
                        line += " parts=" + string.Join(",", parts.Select(part => part.Headers.ContentDisposition!.Name + ":" + part.Headers.ContentDisposition.FileName + ":" + part.Headers.ContentType));
                    }

                    Lines.Add(line);
                    return base.SendAsync(request, cancellationToken);
                }
            }

            public static class Scenario
            {
                private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

                public static async Task<string[]> RunAsync(Uri baseAddress, string clientId, string clientSecret)
                {
                    var log = new List<string>();
                    var recorder = new Recorder(new SocketsHttpHandler());
                    var options = new JumioClientOptions
                    {
                        ClientId = clientId,
                        ClientSecret = clientSecret,
                        UserAgent = "Acme RunTest/1.0",
                        Endpoints = JumioEndpoints.SingleHost(baseAddress),
                    };
                    var jumio = JumioClient.Create<IJumioPlus>(options, recorder);

                    var raw = await jumio.CreateRawAccountAsync(new NewAccount { CustomerInternalReference = "raw-1", WorkflowDefinition = new WorkflowKey { Key = 10011 } }, "corr-1", "run test");
                    log.Add("custom create: account " + (raw.Account?.Id is { Length: > 0 }) + ", workflow " + (raw.WorkflowExecution?.Id is { Length: > 0 }));

                    var account = await jumio.CreateAccountAsync(new AccountRequest { CustomerInternalReference = "std-1", WorkflowDefinition = new WorkflowDefinition { Key = 10011 } });
                    var accountId = account.Account!.Id!;
                    var workflowId = account.WorkflowExecution!.Id!;
                    foreach (var transaction in account.Transactions)
                    {
                        foreach (var part in transaction.Parts.Keys)
                        {
                            var upload = await jumio.UploadPngAsync(transaction, transaction.AccountId, transaction.WorkflowExecutionId, transaction.CredentialId, part, new MemoryStream(Png));
                            log.Add("custom upload " + part + ": " + (upload is not null));
                        }
                    }

                    var first = account.Transactions[0];
                    await jumio.CompleteAsync(first, first.AccountId, first.WorkflowExecutionId);
                    log.Add("custom finalize: done");

                    var status = await jumio.GetWorkflowStatusAsync(accountId, workflowId);
                    log.Add("standard status: " + status.WorkflowExecution!.Status);

                    var tryStatus = await jumio.TryGetStatusAsync(accountId, workflowId, new[] { "a", "b c" });
                    log.Add("custom status: " + tryStatus.IsSuccess + " " + (int)tryStatus.StatusCode + " " + tryStatus.Content?.WorkflowExecution?.Status);

                    var missing = await jumio.TryGetStatusAsync("no such account", workflowId, Array.Empty<string>());
                    log.Add("custom status of a missing account: " + missing.IsSuccess + " " + (int)missing.StatusCode);

                    var imageClassifier = first.Parts.Keys.First();
                    using (var image = await jumio.DownloadAsync(default, accountId, first.CredentialId, imageClassifier))
                    using (var copy = new MemoryStream())
                    {
                        await image.CopyToAsync(copy);
                        log.Add("custom download: " + copy.ToArray().SequenceEqual(Png));
                    }

                    await jumio.DeleteExecutionAsync(accountId, workflowId);
                    log.Add("custom delete execution: done");
                    using (var deleted = await jumio.DeleteRawAsync(accountId))
                    {
                        log.Add("custom delete account: " + (int)deleted.StatusCode);
                    }

                    log.AddRange(recorder.Lines.Select(line => "wire: " + line));
                    return log.ToArray();
                }
            }
        }
        """;
}
