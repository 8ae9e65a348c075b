using System.Diagnostics;

namespace JumioGen.Benchmarks.Calls;

/// <summary>
/// The per-call time ratios measured the drift-proof way: the three clients take turns (in rotating order), a batch
/// of calls each, many rounds, and the median of the per-round ratios is kept. BenchmarkDotNet measures one client
/// after the other, so on a machine whose load changes from second to second its ratios drift; turns do not. Turns
/// are short (well under a scheduler time slice) so that most of them run undisturbed on a busy machine.
/// </summary>
internal sealed record InterleavedCalls(double StatusJumioGen, double StatusRefit, double CreateJumioGen, double CreateRefit, int Rounds, int CallsPerTurn)
{
    public static async Task<InterleavedCalls> MeasureAsync(int rounds = 301, int callsPerTurn = 50)
    {
        using var host = new ClientHost();
        var request = CannedJumio.NewAccountRequest();
        PerCallChecks.EnsureSameRequests(host, request);

        Func<Task>[] status =
        [
            () => host.HandWritten.GetWorkflowStatusAsync(CannedJumio.AccountId, CannedJumio.WorkflowExecutionId),
            () => host.JumioGen.GetWorkflowStatusAsync(CannedJumio.AccountId, CannedJumio.WorkflowExecutionId),
            () => host.Refit.GetWorkflowStatusAsync(CannedJumio.AccountId, CannedJumio.WorkflowExecutionId),
        ];
        Func<Task>[] create =
        [
            () => host.HandWritten.CreateAccountAsync(request),
            () => host.JumioGen.CreateAccountAsync(request),
            () => host.Refit.CreateAccountAsync(request),
        ];

        var (statusJumioGen, statusRefit) = await RatiosAsync(status, rounds, callsPerTurn);
        var (createJumioGen, createRefit) = await RatiosAsync(create, rounds, callsPerTurn);
        return new InterleavedCalls(statusJumioGen, statusRefit, createJumioGen, createRefit, rounds, callsPerTurn);
    }

    /// <summary>Median over rounds of (client 1 ÷ client 0) and (client 2 ÷ client 0).</summary>
    private static async Task<(double, double)> RatiosAsync(Func<Task>[] clients, int rounds, int callsPerTurn)
    {
        foreach (var client in clients)
        {
            await TimeAsync(client, callsPerTurn * 3); // warm-up: JIT, tiering, connection pools
        }

        var first = new List<double>();
        var second = new List<double>();
        var times = new double[clients.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var turn = 0; turn < clients.Length; turn++)
            {
                var client = (round + turn) % clients.Length;
                times[client] = await TimeAsync(clients[client], callsPerTurn);
            }

            first.Add(times[1] / times[0]);
            second.Add(times[2] / times[0]);
        }

        return (Median(first), Median(second));
    }

    private static async Task<double> TimeAsync(Func<Task> call, int calls)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
