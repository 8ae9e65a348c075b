using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace JumioGen;

/// <summary>Reads <see cref="JumioClientOptions"/> from configuration without reflection (AOT-safe).</summary>
internal static class JumioConfiguration
{
    public static JumioClientOptions Read(IConfiguration section, string optionsName)
    {
        var options = new JumioClientOptions
        {
            ClientId = section["ClientId"],
            ClientSecret = section["ClientSecret"],
            UserAgent = section["UserAgent"],
        };

        var failures = new List<string>();
        if (section["Region"] is { Length: > 0 } region)
        {
            if (Enum.TryParse<Region>(region, ignoreCase: true, out var parsed) && Enum.IsDefined(typeof(Region), parsed) && !int.TryParse(region, out _))
            {
                options.Region = parsed;
            }
            else
            {
                failures.Add($"Jumio configuration key Region is \"{region}\"; use US, EU or SG.");
            }
        }

        if (section["BaseAddress"] is { Length: > 0 } baseAddress)
        {
            if (Uri.TryCreate(baseAddress, UriKind.Absolute, out var uri))
            {
                options.Endpoints = JumioEndpoints.SingleHost(uri);
            }
            else
            {
                failures.Add($"Jumio configuration key BaseAddress \"{baseAddress}\" is not an absolute URI.");
            }
        }

        if (section["RefreshBeforeExpiry"] is { Length: > 0 } refresh)
        {
            if (TimeSpan.TryParse(refresh, CultureInfo.InvariantCulture, out var lead))
            {
                options.RefreshBeforeExpiry = lead;
            }
            else
            {
                failures.Add($"Jumio configuration key RefreshBeforeExpiry \"{refresh}\" is not a time span (hh:mm:ss).");
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(optionsName, typeof(JumioClientOptions), failures);
        }

        return options;
    }
}
