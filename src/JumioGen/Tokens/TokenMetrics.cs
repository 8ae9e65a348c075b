using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace JumioGen;

/// <summary>
/// The <c>JumioGen</c> meter's token instruments. Every measurement carries <c>server.address</c>/<c>server.port</c>
/// of the token endpoint; token requests also carry <c>jumio.token.outcome</c> (success or the failure, e.g. 503).
/// </summary>
internal sealed class TokenMetrics
{
    public const string MeterName = "JumioGen";

    // Without IMeterFactory (no DI) every client reports through one process-wide meter.
    private static readonly Meter SharedMeter = new(MeterName, typeof(TokenMetrics).Assembly.GetName().Version?.ToString());

    public TokenMetrics(IMeterFactory? meterFactory)
    {
        var meter = meterFactory?.Create(MeterName) ?? SharedMeter;
        TokenRequests = meter.CreateCounter<long>("jumiogen.token.requests", "{request}", "Requests sent to Jumio's token endpoint.");
        CacheHits = meter.CreateCounter<long>("jumiogen.token.cache.hits", "{call}", "Calls served a cached access token without waiting.");
        CacheMisses = meter.CreateCounter<long>("jumiogen.token.cache.misses", "{call}", "Calls that had to wait for an access token.");
        RefreshFailures = meter.CreateCounter<long>("jumiogen.token.refresh.failures", "{renewal}", "Token renewals that failed after their retries.");
        StoreErrors = meter.CreateCounter<long>("jumiogen.token.store.errors", "{operation}", "Token store operations that failed and were treated as misses.");
    }

    public Counter<long> TokenRequests { get; }

    public Counter<long> CacheHits { get; }

    public Counter<long> CacheMisses { get; }

    public Counter<long> RefreshFailures { get; }

    public Counter<long> StoreErrors { get; }

    public static KeyValuePair<string, object?> Outcome(string outcome) => new("jumio.token.outcome", outcome);

    public static KeyValuePair<string, object?> RefreshKind(bool background) => new("jumio.token.refresh", background ? "background" : "blocking");
}

/// <summary>The tags of one token endpoint, built once so that recording a hit allocates nothing.</summary>
internal sealed class TokenEndpointTags
{
    public TokenEndpointTags(Uri tokenEndpoint)
    {
        Address = new("server.address", tokenEndpoint.Host);
        Port = new("server.port", tokenEndpoint.Port);
    }

    public KeyValuePair<string, object?> Address { get; }

    public KeyValuePair<string, object?> Port { get; }
}
