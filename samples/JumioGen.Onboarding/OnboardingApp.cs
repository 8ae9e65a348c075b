using System.Diagnostics;
using JumioGen.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JumioGen.Onboarding;

/// <summary>
/// Wires a generated Jumio client and runs one whole verification. Without <c>Jumio__ClientId</c> it starts
/// FakeJumio in-process; with <c>Jumio__ClientId</c>, <c>Jumio__ClientSecret</c>, <c>Jumio__UserAgent</c> (and
/// <c>Jumio__Region</c>) it talks to the real region.
/// </summary>
public static class OnboardingApp
{
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, CancellationToken cancellationToken = default)
    {
        var jumio = configuration.GetSection("Jumio");
        var services = new ServiceCollection();
        var apiCalls = new CallCount();
        var tokenRequests = new CallCount();
        FakeJumio? fake = null;
        try
        {
            IHttpClientBuilder client;
            TimeSpan pollFor;
            if (string.IsNullOrEmpty(jumio["ClientId"]))
            {
                fake = await FakeJumio.StartAsync(new FakeJumioOptions { ProcessingTime = TimeSpan.FromSeconds(2) }, cancellationToken);
                output.WriteLine($"No Jumio__ClientId set: running against FakeJumio at {fake.BaseAddress}");
                var baseAddress = fake.BaseAddress;
                var (clientId, clientSecret) = (fake.ClientId, fake.ClientSecret);
                client = services.AddJumioClient<IJumio>(options =>
                {
                    options.ClientId = clientId;
                    options.ClientSecret = clientSecret;
                    options.UserAgent = "JumioGen Onboarding-Sample/0.1";
                    options.Endpoints = JumioEndpoints.SingleHost(baseAddress);
                });
                pollFor = TimeSpan.FromSeconds(30);
            }
            else
            {
                client = services.AddJumioClient<IJumio>(jumio);
                output.WriteLine($"Talking to Jumio, region {jumio["Region"] ?? "EU (from [JumioApi])"}, as client {jumio["ClientId"]}");
                pollFor = TimeSpan.FromMinutes(5);
            }

            client.AddHttpMessageHandler(() => new CountingHandler(apiCalls));
            services.AddHttpClient(JumioServiceCollectionExtensions.TokenHttpClientName).AddHttpMessageHandler(() => new CountingHandler(tokenRequests));

            await using var provider = services.BuildServiceProvider();
            var verification = new VerificationRun(provider.GetRequiredService<IJumio>(), output, pollFor);
            var elapsed = Stopwatch.StartNew();
            var outcome = await verification.RunAsync(jumio["WorkflowKey"] is { } key ? int.Parse(key, System.Globalization.CultureInfo.InvariantCulture) : 10011, cancellationToken);

            output.WriteLine();
            output.WriteLine($"Summary: workflow {outcome.Status}, decision {outcome.Decision ?? "-"}, {apiCalls.Value} API calls, {tokenRequests.Value} token request{(tokenRequests.Value == 1 ? "" : "s")}, {elapsed.Elapsed.TotalSeconds:0.0} s");
            return outcome.Status == WorkflowExecutionStatuses.Processed ? 0 : 1;
        }
        catch (JumioException e)
        {
            output.WriteLine($"Jumio call failed: {e.Message}");
            return 2;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            output.WriteLine("Configuration problem:");
            foreach (var failure in e.Failures)
            {
                output.WriteLine("  - " + failure);
            }

            return 3;
        }
        finally
        {
            if (fake is not null)
            {
                await fake.DisposeAsync();
            }
        }
    }
}
