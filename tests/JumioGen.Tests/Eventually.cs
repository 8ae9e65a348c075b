namespace JumioGen.Tests;

/// <summary>
/// Waits, bounded, for background work (a token renewal, a request reaching the fake) to happen. It never drives
/// time: expiry is always moved by FakeTimeProvider.
/// </summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string? what = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what ?? "Condition"} not met within 10 s.");
            await Task.Delay(10);
        }
    }
}
