using System;
using Microsoft.Extensions.Logging;

namespace JumioGen;

/// <summary>
/// Every log line about tokens (category <c>JumioGen.Tokens</c>), source-generated. The parameters are ids, times,
/// statuses and URLs: never a secret, a token or a response body.
/// </summary>
internal static partial class TokenLog
{
    public const string Category = "JumioGen.Tokens";

    [LoggerMessage(EventId = 1, EventName = "TokenRequest", Level = LogLevel.Debug,
        Message = "Requesting an access token for client {ClientId} from {TokenEndpoint} (attempt {Attempt} of {MaxAttempts})")]
    public static partial void Requesting(ILogger logger, string clientId, string tokenEndpoint, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 2, EventName = "TokenObtained", Level = LogLevel.Information,
        Message = "Obtained an access token for client {ClientId}, valid until {ExpiresAt:O}; this instance renews it from {RefreshPoint:O}")]
    public static partial void Obtained(ILogger logger, string clientId, DateTimeOffset expiresAt, DateTimeOffset refreshPoint);

    [LoggerMessage(EventId = 3, EventName = "TokenRequestRetry", Level = LogLevel.Warning,
        Message = "Token request for client {ClientId} failed ({Failure}); attempt {Attempt} of {MaxAttempts}, next attempt in {Delay}")]
    public static partial void Retrying(ILogger logger, string clientId, string failure, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(EventId = 4, EventName = "BackgroundRefreshFailed", Level = LogLevel.Warning,
        Message = "Background renewal of the access token for client {ClientId} failed ({Failure}); the current token stays in use until {ExpiresAt:O} and renewal is retried")]
    public static partial void BackgroundRefreshFailed(ILogger logger, string clientId, string failure, DateTimeOffset expiresAt, Exception exception);

    [LoggerMessage(EventId = 5, EventName = "TokenUnavailable", Level = LogLevel.Error,
        Message = "Could not obtain an access token for client {ClientId} ({Failure}); requests that need it are not sent")]
    public static partial void Unavailable(ILogger logger, string clientId, string failure, Exception exception);

    [LoggerMessage(EventId = 6, EventName = "TokenFromStore", Level = LogLevel.Debug,
        Message = "Using the access token for client {ClientId} found in the token store, valid until {ExpiresAt:O}")]
    public static partial void FromStore(ILogger logger, string clientId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 7, EventName = "TokenStoreFault", Level = LogLevel.Warning,
        Message = "Token store {Operation} for client {ClientId} failed; treated as a cache miss")]
    public static partial void StoreFault(ILogger logger, string operation, string clientId, Exception exception);

    [LoggerMessage(EventId = 8, EventName = "TokenRejected", Level = LogLevel.Information,
        Message = "Jumio answered 401 to {Method} {Path}; dropping the access token and replaying the request once with a new one")]
    public static partial void Rejected(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 9, EventName = "TokenRejectedNotReplayed", Level = LogLevel.Warning,
        Message = "Jumio answered 401 to {Method} {Path}; the access token was dropped but the request is not replayed ({Reason})")]
    public static partial void RejectedNotReplayed(ILogger logger, string method, string path, string reason);

    [LoggerMessage(EventId = 10, EventName = "TokenRequestWait", Level = LogLevel.Debug,
        Message = "Waiting {Delay} before the next token request for client {ClientId} ({Reason})")]
    public static partial void Waiting(ILogger logger, string clientId, TimeSpan delay, string reason);
}
