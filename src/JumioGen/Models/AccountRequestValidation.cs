using System;
using System.Collections.Generic;

namespace JumioGen;

/// <summary>
/// Jumio's documented limits for create/update account (jumio-api.md section 3), checked before anything is sent so a
/// mistake is a clear local error instead of a bare 400 from Jumio.
/// </summary>
internal static class AccountRequestValidation
{
    // Characters Jumio refuses in customerInternalReference.
    private const string ForbiddenReferenceCharacters = "<>\"/;\\`%{}|";

    public static List<string> Check(AccountRequest request)
    {
        var errors = new List<string>();
        var reference = request.CustomerInternalReference;
        if (string.IsNullOrEmpty(reference))
        {
            errors.Add("CustomerInternalReference is required (1-100 characters, no personal data).");
        }
        else
        {
            CheckLength(errors, nameof(AccountRequest.CustomerInternalReference), reference, 100);
            if (reference!.IndexOfAny(ForbiddenReferenceCharacters.ToCharArray()) is var at and >= 0)
            {
                errors.Add($"CustomerInternalReference must not contain any of {ForbiddenReferenceCharacters} (found '{reference[at]}' at position {at}).");
            }
        }

        if (request.WorkflowDefinition is null)
        {
            errors.Add("WorkflowDefinition is required: set WorkflowDefinition.Key to the workflow to run, e.g. 10011.");
        }
        else if (request.WorkflowDefinition.Key <= 0)
        {
            errors.Add($"WorkflowDefinition.Key must be a positive workflow definition key (e.g. 10011); it is {request.WorkflowDefinition.Key}.");
        }

        CheckLength(errors, nameof(AccountRequest.UserReference), request.UserReference, 100);
        CheckLength(errors, nameof(AccountRequest.ReportingCriteria), request.ReportingCriteria, 255);
        CheckUrl(errors, nameof(AccountRequest.CallbackUrl), request.CallbackUrl);
        CheckTokenLifetime(errors, request.TokenLifetime);
        if (request.Web is { } web)
        {
            CheckUrl(errors, "Web.SuccessUrl", web.SuccessUrl);
            CheckUrl(errors, "Web.ErrorUrl", web.ErrorUrl);
            CheckLength(errors, "Web.Locale", web.Locale, 5);
        }

        if (request.UserConsent?.Consent?.Obtained is { } obtained && obtained is not ("yes" or "no" or "na"))
        {
            errors.Add($"UserConsent.Consent.Obtained must be \"yes\", \"no\" or \"na\"; it is \"{obtained}\".");
        }

        if (request.UserConsent?.UserLocation?.Country is { } country && !IsAlpha3(country))
        {
            errors.Add($"UserConsent.UserLocation.Country must be an ISO 3166 alpha-3 code such as USA or DEU; it is \"{country}\".");
        }

        return errors;
    }

    public static void EnsureValid(AccountRequest request)
    {
        var errors = Check(request);
        if (errors.Count > 0)
        {
            throw new ArgumentException("The account request was not sent: " + string.Join(" ", errors), nameof(request));
        }
    }

    private static void CheckLength(List<string> errors, string name, string? value, int max)
    {
        if (value is not null && (value.Length == 0 || value.Length > max))
        {
            errors.Add($"{name} must be 1-{max} characters; it has {value.Length}.");
        }
    }

    private static void CheckUrl(List<string> errors, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        CheckLength(errors, name, value, 255);
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{name} must be an absolute http(s) URL.");
        }
    }

    private static void CheckTokenLifetime(List<string> errors, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (TokenLifetime.TryParse(value) is not { } lifetime)
        {
            errors.Add($"TokenLifetime \"{value}\" is not in Jumio's format: a number and a unit s, m, h or d, e.g. \"30m\" or \"1d\".");
        }
        else if (lifetime < TokenLifetime.Minimum || lifetime > TokenLifetime.Maximum)
        {
            errors.Add($"TokenLifetime \"{value}\" must be between 5m and 60d.");
        }
    }

    private static bool IsAlpha3(string value) =>
        value.Length == 3 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) && char.IsAsciiLetterUpper(value[2]);
}
