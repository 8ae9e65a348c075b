using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace JumioGen.Benchmarks.Calls;

/// <summary>
/// One API call over a stub handler with canned Jumio JSON, after warm-up (the access token is cached). Baseline: the
/// hand-written HttpClient + System.Text.Json call with a fixed bearer, the floor no client library can beat.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PerCallBenchmarks
{
    public const string Status = "Call: workflow status";
    public const string CreateAccount = "Call: create account";

    private ClientHost _host = null!;
    private AccountRequest _accountRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = new ClientHost();
        _accountRequest = CannedJumio.NewAccountRequest();
        PerCallChecks.EnsureSameRequests(_host, _accountRequest);
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory(Status)]
    public Task<WorkflowStatus> Status_HandWritten() =>
        _host.HandWritten.GetWorkflowStatusAsync(CannedJumio.AccountId, CannedJumio.WorkflowExecutionId);

    [Benchmark, BenchmarkCategory(Status)]
    public Task<WorkflowStatus> Status_JumioGen() =>
        _host.JumioGen.GetWorkflowStatusAsync(CannedJumio.AccountId, CannedJumio.WorkflowExecutionId);

    [Benchmark, BenchmarkCategory(Status)]
    public Task<WorkflowStatus> Status_Refit() =>
        _host.Refit.GetWorkflowStatusAsync(CannedJumio.AccountId, CannedJumio.WorkflowExecutionId);

    [Benchmark(Baseline = true), BenchmarkCategory(CreateAccount)]
    public Task<AccountResponse> CreateAccount_HandWritten() => _host.HandWritten.CreateAccountAsync(_accountRequest);

    [Benchmark, BenchmarkCategory(CreateAccount)]
    public Task<AccountResponse> CreateAccount_JumioGen() => _host.JumioGen.CreateAccountAsync(_accountRequest);

    [Benchmark, BenchmarkCategory(CreateAccount)]
    public Task<AccountResponse> CreateAccount_Refit() => _host.Refit.CreateAccountAsync(_accountRequest);
}
