using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace JumioGen.Tests;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also reports every timer the code under test schedules (Task.Delay,
/// CancellationTokenSource deadlines, WaitAsync timeouts), so a test can wait until a backoff is really pending before
/// moving the clock past it. Nothing sleeps: waits are for events, bounded in real time only against hangs.
/// </summary>
internal sealed class TestClock : FakeTimeProvider
{
    public static readonly DateTimeOffset Epoch = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly Channel<TimeSpan> _scheduled = Channel.CreateUnbounded<TimeSpan>();

    public TestClock()
        : base(Epoch)
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _scheduled.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>
    /// The due time of the next timer scheduled (from now on, or already scheduled and not yet looked at) that
    /// <paramref name="match"/> accepts; timers it rejects are passed over.
    /// </summary>
    public async Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> match, CancellationToken cancellationToken = default)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        try
        {
            while (true)
            {
                var due = await _scheduled.Reader.ReadAsync(patience.Token);
                if (match(due))
                {
                    return due;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The code under test scheduled no matching timer within 10 s of real time.");
        }
    }

    /// <summary>A backoff, Retry-After or rate-limit wait: any timer but an attempt deadline or a store timeout.</summary>
    public Task<TimeSpan> NextWaitAsync(params TimeSpan[] alsoIgnore) =>
        NextTimerAsync(due => due != TokenRetryPolicy.AttemptTimeout && due != TokenStoreAccess.Timeout && !alsoIgnore.Contains(due));

    /// <summary>Moves the clock past every wait the work schedules, until it completes.</summary>
    public async Task PumpUntilAsync(Task work, Func<TimeSpan, bool> match)
    {
        using var stop = new CancellationTokenSource();
        while (!work.IsCompleted)
        {
            var next = NextTimerAsync(match, stop.Token);
            if (await Task.WhenAny(work, next) == work)
            {
                break;
            }

            Advance(await next);
        }

        stop.Cancel();
        await work;
    }
}
