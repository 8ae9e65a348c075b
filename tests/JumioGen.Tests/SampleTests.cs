using JumioGen.Onboarding;
using Microsoft.Extensions.Configuration;

namespace JumioGen.Tests;

/// <summary>The README's main job, run in-process exactly as <c>dotnet run</c> runs it (no Jumio__ settings: FakeJumio).</summary>
public sealed class SampleTests
{
    [Fact]
    public async Task Main_job_prints_a_finished_workflow_and_its_token_count()
    {
        var output = new StringWriter();

        var exitCode = await OnboardingApp.RunAsync(new ConfigurationBuilder().Build(), output);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("status PROCESSED", text);
        Assert.Contains("Decision: PASSED", text);
        Assert.Matches(@"Summary: workflow PROCESSED, decision PASSED, \d+ API calls, 1 token request,", text);
    }

    [Fact]
    public async Task Main_job_explains_bad_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Jumio:ClientId"] = "client",
        }).Build();
        var output = new StringWriter();

        var exitCode = await OnboardingApp.RunAsync(configuration, output);

        Assert.Equal(3, exitCode);
        Assert.Contains("ClientSecret is required", output.ToString());
    }
}
