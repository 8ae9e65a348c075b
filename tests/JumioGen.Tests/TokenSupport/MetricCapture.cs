using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace JumioGen.Tests;

/// <summary>
/// Listens to the "JumioGen" meter and keeps the measurements about one token endpoint port, so tests running in
/// parallel (each with its own FakeJumio) do not see each other's counts.
/// </summary>
internal sealed class MetricCapture : IDisposable
{
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly MeterListener _listener = new();
    private readonly int _port;

    public MetricCapture(int tokenEndpointPort)
    {
        _port = tokenEndpointPort;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "JumioGen")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "server.port" && tag.Value is int port && port == _port)
                {
                    var copy = new Dictionary<string, object?>();
                    foreach (var t in tags)
                    {
                        copy[t.Key] = t.Value;
                    }

                    _measurements.Enqueue((instrument.Name, value, copy));
                    return;
                }
            }
        });
        _listener.Start();
    }

    public long Sum(string instrument, string? tag = null, string? value = null) =>
        _measurements
            .Where(m => m.Instrument == instrument && (tag is null || (m.Tags.TryGetValue(tag, out var v) && Equals(v, value))))
            .Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();
}
