using JumioGen.Onboarding;
using Microsoft.Extensions.Configuration;

// Jumio__ClientId, Jumio__ClientSecret, Jumio__UserAgent, Jumio__Region: talk to Jumio. None set: FakeJumio.
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await OnboardingApp.RunAsync(configuration, Console.Out, cancel.Token);
