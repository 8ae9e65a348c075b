using System.Collections.Concurrent;
using System.Collections.Generic;

namespace JumioGen.Testing;

/// <summary>Faults waiting for the next requests of each route, each used a given number of times.</summary>
internal sealed class FakeFaultSwitch
{
    private readonly ConcurrentDictionary<string, Queue<FakeFault>> _pending = new();

    public void Add(string routeName, FakeFault fault, int times)
    {
        var queue = _pending.GetOrAdd(routeName, static _ => new Queue<FakeFault>());
        lock (queue)
        {
            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public FakeFault? TryTake(string routeName)
    {
        if (!_pending.TryGetValue(routeName, out var queue))
        {
            return null;
        }

        lock (queue)
        {
            return queue.TryDequeue(out var fault) ? fault : null;
        }
    }

    public void Clear() => _pending.Clear();
}
