using System;
using System.Collections.Frozen;
using System.Linq;
using System.Threading;
using Microsoft.AspNetCore.Http;

namespace JumioGen.Testing;

/// <summary>Per-route request counts and the last Authorization scheme seen, safe under concurrent requests.</summary>
internal sealed class RouteCounters
{
    // Built once and never mutated, so lookups need no lock; each entry is updated with Interlocked/Volatile.
    private readonly FrozenDictionary<string, Entry> _routes =
        FakeRouteNames.All.ToFrozenDictionary(name => name, _ => new Entry(), StringComparer.Ordinal);

    private int _tokenRequests;
    private int _apiCalls;

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public int ApiCalls => Volatile.Read(ref _apiCalls);

    /// <summary>Counts a request that matched a route, whatever its outcome.</summary>
    public void Record(string routeName, HttpRequest request)
    {
        var entry = _routes[routeName];
        Interlocked.Increment(ref entry.Count);
        Volatile.Write(ref entry.LastScheme, SchemeOf(request));
        if (routeName == FakeRouteNames.Token)
        {
            Interlocked.Increment(ref _tokenRequests);
        }
        else
        {
            Interlocked.Increment(ref _apiCalls);
        }
    }

    /// <summary>Counts a request that matched no route (it is still an API call).</summary>
    public void RecordUnmatched() => Interlocked.Increment(ref _apiCalls);

    public int CallsTo(string routeName) => Volatile.Read(ref Find(routeName).Count);

    public string? LastScheme(string routeName) => Volatile.Read(ref Find(routeName).LastScheme);

    private Entry Find(string routeName)
    {
        ArgumentNullException.ThrowIfNull(routeName);
        // A typo in a test should fail loudly rather than read a silent zero.
        return _routes.TryGetValue(routeName, out var entry)
            ? entry
            : throw new ArgumentException(
                $"Unknown FakeJumio route '{routeName}'. Known routes: {string.Join(", ", FakeRouteNames.All)}.", nameof(routeName));
    }

    // Only the scheme is kept, never the credentials. Unusual schemes collapse to "Other" so that a header without a
    // scheme (a bare secret) can never be reported back.
    private static string? SchemeOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }

        var space = header.IndexOf(' ');
        var scheme = space < 0 ? header : header[..space];
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return "Bearer";
        }

        return scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) ? "Basic" : "Other";
    }

    private sealed class Entry
    {
        public int Count;
        public string? LastScheme;
    }
}
