using System;
using System.Net;

namespace JumioGen;

/// <summary>
/// Jumio's token endpoint refused the client credentials (400/401/403). Not retried: fix the client id, secret or
/// permissions. The message carries the OAuth2 <c>error</c>/<c>error_description</c>, never the secret.
/// </summary>
public sealed class JumioAuthenticationException : JumioException
{
    /// <summary>Creates the exception.</summary>
    public JumioAuthenticationException(HttpStatusCode statusCode, string? error, string? errorDescription, string clientId, Uri tokenEndpoint)
        : base($"Jumio refused the client credentials of client \"{clientId}\" at {tokenEndpoint.GetLeftPart(UriPartial.Path)} with {(int)statusCode} {statusCode}" +
               (error is null ? "" : $" ({error}{(errorDescription is null ? "" : ": " + errorDescription)})") +
               ". Check JumioClientOptions.ClientId/ClientSecret and that OAuth2 is enabled for the client in the Customer Portal.", null)
    {
        StatusCode = statusCode;
        Error = error;
        ErrorDescription = errorDescription;
    }

    /// <summary>The token endpoint's status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The OAuth2 <c>error</c> code, when the body had one.</summary>
    public string? Error { get; }

    /// <summary>The OAuth2 <c>error_description</c>, when the body had one.</summary>
    public string? ErrorDescription { get; }
}
