using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace JumioGen.Testing;

/// <summary>
/// Replaces the console lifetime: a fake inside a test process must not hook Ctrl+C/SIGTERM or print status lines.
/// </summary>
internal sealed class SilentHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
