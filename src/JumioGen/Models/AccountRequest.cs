using System;
using System.Collections.Generic;
using System.Text.Json;

namespace JumioGen;

/// <summary>The body of create account (<c>POST /api/v1/accounts</c>) and update account (<c>PUT /api/v1/accounts/{id}</c>).</summary>
public sealed class AccountRequest
{
    /// <summary>Your reference for the transaction, 1-100 characters, no PII, none of <c>&lt;&gt;"/;\`%{}|</c>. Required.</summary>
    public string? CustomerInternalReference { get; set; }

    /// <summary>Which workflow to run. Required.</summary>
    public WorkflowDefinition? WorkflowDefinition { get; set; }

    /// <summary>Your reference for the end user, 1-100 characters, no PII.</summary>
    public string? UserReference { get; set; }

    /// <summary>Free text for reporting, 1-255 characters.</summary>
    public string? ReportingCriteria { get; set; }

    /// <summary>Overrides the callback URL set in the Customer Portal.</summary>
    public string? CallbackUrl { get; set; }

    /// <summary>Lifetime of the transaction token, e.g. <c>30m</c>, <c>1d</c> (5m to 60d; Jumio's default 30m).</summary>
    public string? TokenLifetime { get; set; }

    /// <summary>Settings for the web channel.</summary>
    public WebSettings? Web { get; set; }

    /// <summary>The end user's consent, needed when biometrics are collected.</summary>
    public UserConsent? UserConsent { get; set; }

    /// <summary>
    /// What Jumio would refuse in this request (required fields, lengths, forbidden characters, token lifetime
    /// format and range); empty when it is fine. The generated client checks this before sending.
    /// </summary>
    public IReadOnlyList<string> GetValidationErrors() => AccountRequestValidation.Check(this) ?? (IReadOnlyList<string>)[];
}

/// <summary>Selects and tunes the Jumio workflow.</summary>
public sealed class WorkflowDefinition
{
    /// <summary>The workflow definition key, e.g. <c>10011</c>.</summary>
    public int Key { get; set; }

    /// <summary>Which credentials the workflow accepts.</summary>
    public List<CredentialDefinition>? Credentials { get; set; }

    /// <summary>Capability settings, passed through as JSON (e.g. <c>watchlistScreening</c>).</summary>
    public Dictionary<string, JsonElement>? Capabilities { get; set; }
}

/// <summary>A credential the workflow accepts.</summary>
public sealed class CredentialDefinition
{
    /// <summary><c>ID</c>, <c>FACEMAP</c>, <c>DOCUMENT</c> or <c>SELFIE</c>; see <see cref="CredentialCategories"/>.</summary>
    public string? Category { get; set; }

    /// <summary>Allowed countries (ISO 3166 alpha-3).</summary>
    public PredefinedValues? Country { get; set; }

    /// <summary>Allowed document types, e.g. <c>ID_CARD</c>, <c>PASSPORT</c>.</summary>
    public PredefinedValues? Type { get; set; }
}

/// <summary>A list of values and whether they are <c>DEFINED</c> or <c>RECOMMENDED</c>.</summary>
public sealed class PredefinedValues
{
    /// <summary><c>DEFINED</c> or <c>RECOMMENDED</c>.</summary>
    public string? PredefinedType { get; set; }

    /// <summary>The values.</summary>
    public List<string>? Values { get; set; }
}

/// <summary>Web channel settings.</summary>
public sealed class WebSettings
{
    /// <summary>Where the web client goes after success.</summary>
    public string? SuccessUrl { get; set; }

    /// <summary>Where the web client goes after an error.</summary>
    public string? ErrorUrl { get; set; }

    /// <summary>The web client's language, e.g. <c>en-GB</c>.</summary>
    public string? Locale { get; set; }
}

/// <summary>The end user's consent to biometric processing.</summary>
public sealed class UserConsent
{
    /// <summary>The end user's IP address.</summary>
    public string? UserIp { get; set; }

    /// <summary>Where the end user is.</summary>
    public UserLocation? UserLocation { get; set; }

    /// <summary>Whether and when consent was obtained.</summary>
    public Consent? Consent { get; set; }
}

/// <summary>The end user's location.</summary>
public sealed class UserLocation
{
    /// <summary>ISO 3166 alpha-3 country.</summary>
    public string? Country { get; set; }

    /// <summary>State or region.</summary>
    public string? State { get; set; }
}

/// <summary>Consent details.</summary>
public sealed class Consent
{
    /// <summary><c>yes</c>, <c>no</c> or <c>na</c>.</summary>
    public string? Obtained { get; set; }

    /// <summary>When consent was obtained.</summary>
    public DateTimeOffset? ObtainedAt { get; set; }
}
