using System.Net.Sockets;
using System.Text;

namespace JumioGen.Tests;

/// <summary>
/// The real Redis the distributed-store tests use: <c>JUMIOGEN_REDIS</c> (host:port) or 127.0.0.1:6379.
/// .ci/run installs and starts one; on a developer machine without it those tests are skipped with the reason.
/// </summary>
internal static class RedisServer
{
    private static readonly Lazy<string?> Unreachable = new(Probe);

    public static string Configuration => Environment.GetEnvironmentVariable("JUMIOGEN_REDIS") is { Length: > 0 } value ? value : "127.0.0.1:6379";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why Redis cannot be used, or null when it answered PING.</summary>
    public static string? WhyUnreachable => Unreachable.Value;

    /// <summary>Fails the test (it was not skipped: we are in CI) when Redis is not there.</summary>
    public static void Require()
    {
        if (WhyUnreachable is { } reason)
        {
            Assert.Fail($"CI=true but Redis is not reachable: {reason}. .ci/run must start redis-server before the tests.");
        }
    }

    // A raw PING over TCP: no client library involved, so a broken client cannot turn into a silent skip.
    private static string? Probe()
    {
        var configuration = Configuration;
        var colon = configuration.LastIndexOf(':');
        var host = colon > 0 ? configuration[..colon] : configuration;
        var port = colon > 0 && int.TryParse(configuration[(colon + 1)..], out var p) ? p : 6379;
        try
        {
            using var client = new TcpClient();
            if (!client.ConnectAsync(host, port).Wait(TimeSpan.FromSeconds(2)))
            {
                return $"no answer from {host}:{port} within 2 s";
            }

            var stream = client.GetStream();
            stream.ReadTimeout = 2000;
            stream.Write("PING\r\n"u8);
            var buffer = new byte[64];
            var read = stream.Read(buffer);
            var reply = Encoding.ASCII.GetString(buffer, 0, read);
            return reply.StartsWith("+PONG", StringComparison.Ordinal) ? null : $"{host}:{port} answered '{reply.Trim()}' to PING";
        }
        catch (Exception e)
        {
            return $"cannot connect to {host}:{port} ({e.GetBaseException().Message})";
        }
    }
}

/// <summary>
/// A fact that needs the real Redis. Skipped, with the reason shown, only when Redis is unreachable outside CI;
/// with CI=true it runs and fails (see <see cref="RedisServer.Require"/>).
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (!RedisServer.InCi && RedisServer.WhyUnreachable is { } reason)
        {
            Skip = $"Redis not reachable ({reason}); start redis-server on 127.0.0.1:6379 or set JUMIOGEN_REDIS=host:port. In CI (CI=true) this fails instead.";
        }
    }
}
