using System;

namespace JumioGen;

/// <summary>
/// How a device-mode client (<c>[JumioApi(..., Mode = JumioClientMode.Device)]</c>) reaches your server and Jumio.
/// There is deliberately no client secret here.
/// </summary>
public sealed class JumioDeviceOptions
{
    /// <summary>
    /// Your server's endpoint that starts a verification and answers with the transactions (see
    /// <c>MapJumioTransactions</c> in JumioGen.AspNetCore), e.g. <c>https://app.example.com/api/jumio/transactions</c>. Required.
    /// </summary>
    public Uri? TransactionsEndpoint { get; set; }

    /// <summary>
    /// The data centre, used to check that upload URLs from your server point at Jumio; when unset, the attribute's region.
    /// </summary>
    public Region? Region { get; set; }

    /// <summary>Explicit Jumio endpoints (e.g. <see cref="JumioEndpoints.SingleHost"/> for FakeJumio in tests).</summary>
    public JumioEndpoints? Endpoints { get; set; }

    /// <summary>
    /// The User-Agent sent to Jumio where the platform allows setting it (browsers send their own); e.g. <c>Acme App/2.1</c>.
    /// </summary>
    public string? UserAgent { get; set; }

    /// <summary>The endpoints in force.</summary>
    public JumioEndpoints ResolveEndpoints(Region defaultRegion) => Endpoints ?? JumioEndpoints.ForRegion(Region ?? defaultRegion);

    /// <summary>Throws <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> when the options cannot work.</summary>
    public void Validate(string optionsName)
    {
        var failures = new System.Collections.Generic.List<string>();
        if (TransactionsEndpoint is not { IsAbsoluteUri: true } endpoint)
        {
            failures.Add("JumioDeviceOptions.TransactionsEndpoint is required: the absolute URL of your server's endpoint that starts a verification (MapJumioTransactions).");
        }
        else if (!JumioTransport.IsAllowed(endpoint))
        {
            failures.Add($"JumioDeviceOptions.TransactionsEndpoint \"{endpoint.GetLeftPart(UriPartial.Path)}\" must use https (plain http only for loopback): it returns transaction tokens.");
        }

        if (failures.Count > 0)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(optionsName, typeof(JumioDeviceOptions), failures);
        }
    }
}
