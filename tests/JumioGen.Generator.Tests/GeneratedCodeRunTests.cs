using JumioGen.Testing;

namespace JumioGen.Generator.Tests;

/// <summary>Generated code compiled, loaded and run: custom and standard operations against FakeJumio (real Kestrel on loopback).</summary>
public sealed class GeneratedCodeRunTests
{
    [Fact]
    public async Task Custom_and_standard_operations_work_against_FakeJumio()
    {
        var (_, output) = GeneratorHarness.Run(RunScenario.Source);
        var assembly = GeneratorHarness.Load(output);
        await using var fake = await FakeJumio.StartAsync();

        var run = assembly.GetType("Acme.Run.Scenario")!.GetMethod("RunAsync")!;
        var log = await (Task<string[]>)run.Invoke(null, [fake.BaseAddress, fake.ClientId, fake.ClientSecret])!;

        Assert.Contains("custom create: account True, workflow True", log);
        Assert.Contains(log, line => line.StartsWith("custom upload ", StringComparison.Ordinal));
        Assert.All(log.Where(line => line.StartsWith("custom upload ", StringComparison.Ordinal)), line => Assert.EndsWith(": True", line));
        Assert.Contains("custom finalize: done", log);
        Assert.Contains("standard status: PROCESSED", log);
        Assert.Contains("custom status: True 200 PROCESSED", log);
        Assert.Contains("custom status of a missing account: False 404", log);
        Assert.Contains("custom download: True", log);
        Assert.Contains("custom delete execution: done", log);
        Assert.Contains("custom delete account: 200", log);

        // What went on the wire: query (escaped, one value per item), header, multipart part, tokens.
        Assert.Contains(log, line => line.StartsWith("wire: POST /api/v1/accounts?source=run%20test auth=Bearer X-Correlation-Id=corr-1", StringComparison.Ordinal));
        Assert.Contains(log, line => line.StartsWith("wire: GET /api/v1/accounts/", StringComparison.Ordinal) && line.EndsWith("/status?tag=a&tag=b%20c auth=Bearer", StringComparison.Ordinal));
        Assert.Contains(log, line => line.StartsWith("wire: GET /api/v1/accounts/no%20such%20account/workflow-executions/", StringComparison.Ordinal));
        Assert.Contains(log, line => line.Contains("/parts/", StringComparison.Ordinal) && line.StartsWith("wire: POST", StringComparison.Ordinal) && line.EndsWith("parts=file:image.png:image/png", StringComparison.Ordinal));

        // The uploads and the finalize were authorised by the transaction token: FakeJumio refuses anything else there.
        Assert.Equal("Bearer", fake.LastAuthorizationScheme(FakeRouteNames.UploadPart));
        Assert.Equal(1, fake.CallsTo(FakeRouteNames.Finalize));
        Assert.Equal(1, fake.TokenRequests);
    }
}
