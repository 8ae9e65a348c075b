using System;
using System.Buffers;
using System.Collections.Generic;

namespace JumioGen;

/// <summary>
/// Jumio's documented limits for create/update account (jumio-api.md section 3), checked before anything is sent so a
/// mistake is a clear local error instead of a bare 400 from Jumio.
/// </summary>
/// <remarks>It runs before every create/update account call, so a valid request costs no allocation: the error list is
/// created only for the first error.</remarks>
internal static class AccountRequestValidation
{
    // Characters Jumio refuses in customerInternalReference.
    private const string ForbiddenReferenceCharacters = "<>\"/;\\`%{}|";
    private static readonly SearchValues<char> ForbiddenReferenceSearch = SearchValues.Create(ForbiddenReferenceCharacters);

    /// <summary>Every problem found, or <see langword="null"/> when there is none.</summary>
    public static List<string>? Check(AccountRequest request)
    {
        List<string>? errors = null;
        var reference = request.CustomerInternalReference;
        if (string.IsNullOrEmpty(reference))
        {
            Add(ref errors, "CustomerInternalReference is required (1-100 characters, no personal data).");
        }
        else
        {
            CheckLength(ref errors, nameof(AccountRequest.CustomerInternalReference), reference, 100);
            if (reference!.AsSpan().IndexOfAny(ForbiddenReferenceSearch) is var at and >= 0)
            {
                Add(ref errors, $"CustomerInternalReference must not contain any of {ForbiddenReferenceCharacters} (found '{reference[at]}' at position {at}).");
            }
        }

        if (request.WorkflowDefinition is null)
        {
            Add(ref errors, "WorkflowDefinition is required: set WorkflowDefinition.Key to the workflow to run, e.g. 10011.");
        }
        else if (request.WorkflowDefinition.Key <= 0)
        {
            Add(ref errors, $"WorkflowDefinition.Key must be a positive workflow definition key (e.g. 10011); it is {request.WorkflowDefinition.Key}.");
        }

        CheckLength(ref errors, nameof(AccountRequest.UserReference), request.UserReference, 100);
        CheckLength(ref errors, nameof(AccountRequest.ReportingCriteria), request.ReportingCriteria, 255);
        CheckUrl(ref errors, nameof(AccountRequest.CallbackUrl), request.CallbackUrl);
        CheckTokenLifetime(ref errors, request.TokenLifetime);
        if (request.Web is { } web)
        {
            CheckUrl(ref errors, "Web.SuccessUrl", web.SuccessUrl);
            CheckUrl(ref errors, "Web.ErrorUrl", web.ErrorUrl);
            CheckLength(ref errors, "Web.Locale", web.Locale, 5);
        }

        if (request.UserConsent?.Consent?.Obtained is { } obtained && obtained is not ("yes" or "no" or "na"))
        {
            Add(ref errors, $"UserConsent.Consent.Obtained must be \"yes\", \"no\" or \"na\"; it is \"{obtained}\".");
        }

        if (request.UserConsent?.UserLocation?.Country is { } country && !IsAlpha3(country))
        {
            Add(ref errors, $"UserConsent.UserLocation.Country must be an ISO 3166 alpha-3 code such as USA or DEU; it is \"{country}\".");
        }

        return errors;
    }

    public static void EnsureValid(AccountRequest request)
    {
        if (Check(request) is { } errors)
        {
            throw new ArgumentException("The account request was not sent: " + string.Join(" ", errors), nameof(request));
        }
    }

    private static void CheckLength(ref List<string>? errors, string name, string? value, int max)
    {
        if (value is not null && (value.Length == 0 || value.Length > max))
        {
            Add(ref errors, $"{name} must be 1-{max} characters; it has {value.Length}.");
        }
    }

    private static void CheckUrl(ref List<string>? errors, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        CheckLength(ref errors, name, value, 255);
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            Add(ref errors, $"{name} must be an absolute http(s) URL.");
        }
    }

    private static void CheckTokenLifetime(ref List<string>? errors, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (TokenLifetime.TryParse(value) is not { } lifetime)
        {
            Add(ref errors, $"TokenLifetime \"{value}\" is not in Jumio's format: a number and a unit s, m, h or d, e.g. \"30m\" or \"1d\".");
        }
        else if (lifetime < TokenLifetime.Minimum || lifetime > TokenLifetime.Maximum)
        {
            Add(ref errors, $"TokenLifetime \"{value}\" must be between 5m and 60d.");
        }
    }

    private static void Add(ref List<string>? errors, string error) => (errors ??= []).Add(error);

    private static bool IsAlpha3(string value) =>
        value.Length == 3 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) && char.IsAsciiLetterUpper(value[2]);
}
