using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Options;

namespace JumioGen;

/// <summary>Checks <see cref="JumioClientOptions"/> before any request is made, so mistakes surface at start-up.</summary>
public sealed class JumioClientOptionsValidator : IValidateOptions<JumioClientOptions>
{
    /// <summary>The region used when the options name none (the interface's <see cref="JumioApiAttribute.Region"/>).</summary>
    public Region DefaultRegion { get; init; } = Region.US;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, JumioClientOptions options)
    {
        var failures = Check(options, DefaultRegion);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem, if there is any.</summary>
    public static void ThrowIfInvalid(JumioClientOptions options, Region defaultRegion, string optionsName)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var failures = Check(options, defaultRegion);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(optionsName, typeof(JumioClientOptions), failures);
        }
    }

    private static List<string> Check(JumioClientOptions options, Region defaultRegion)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("JumioClientOptions.ClientId is required: the OAuth2 client id from the Jumio Customer Portal (configuration key Jumio:ClientId).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("JumioClientOptions.ClientSecret is required: the OAuth2 client secret from the Jumio Customer Portal (configuration key Jumio:ClientSecret).");
        }

        if (string.IsNullOrWhiteSpace(options.UserAgent))
        {
            failures.Add("JumioClientOptions.UserAgent is required by Jumio: your company and application, e.g. \"Acme Onboarding/1.0\".");
        }
        else if (!IsValidUserAgent(options.UserAgent!))
        {
            failures.Add($"JumioClientOptions.UserAgent \"{options.UserAgent}\" is not a valid User-Agent: use the form \"Company App/1.0\".");
        }

        if (options.RefreshBeforeExpiry < TimeSpan.Zero || options.RefreshBeforeExpiry >= TimeSpan.FromHours(1))
        {
            failures.Add($"JumioClientOptions.RefreshBeforeExpiry must be between 0 and 1 hour (Jumio tokens live 60 minutes); it is {options.RefreshBeforeExpiry}.");
        }

        if (options.Region is { } region && !Enum.IsDefined(typeof(Region), region))
        {
            failures.Add($"JumioClientOptions.Region {(int)region} is not a Jumio region (US, EU or SG).");
            return failures;
        }

        foreach (var uri in options.ResolveEndpoints(defaultRegion).All)
        {
            if (!uri.IsAbsoluteUri)
            {
                failures.Add($"Jumio endpoint \"{uri}\" must be an absolute URI.");
            }
            else if (!JumioTransport.IsAllowed(uri))
            {
                failures.Add($"Jumio endpoint \"{uri.GetLeftPart(UriPartial.Path)}\" must use https: plain http is allowed only for loopback addresses (tests, FakeJumio).");
            }
        }

        return failures;
    }

    private static bool IsValidUserAgent(string value)
    {
        using var probe = new HttpRequestMessage();
        return value.Contains('/') && probe.Headers.UserAgent.TryParseAdd(value);
    }
}
