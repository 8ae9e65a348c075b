using System;
using System.IO;
using System.Net;
using System.Net.Http;

namespace JumioGen;

/// <summary>
/// Which token-endpoint failures are worth another attempt and how long to wait first. Refusals of the credentials
/// (400/401/403) are final; 429, 5xx, network errors and timeouts are retried a bounded number of times.
/// </summary>
internal static class TokenRetryPolicy
{
    /// <summary>Attempts per renewal, the first included.</summary>
    public const int MaxAttempts = 4;

    /// <summary>How long one token request may take before it counts as a timeout.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The backoff after the first failure; it doubles with each consecutive failure.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>Backoff never grows past this (a Retry-After may ask for longer, and is honoured).</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public static bool IsTransient(Exception error) => error switch
    {
        JumioAuthenticationException => false,
        JumioRateLimitedException => true,
        JumioApiException api => (int)api.StatusCode >= 500 || api.StatusCode == HttpStatusCode.RequestTimeout,
        // IOException: the answer was cut off after its headers, a network failure like any other.
        JumioException { InnerException: HttpRequestException or IOException or TimeoutException } => true,
        _ => false,
    };

    /// <summary>
    /// "Equal jitter" exponential backoff: half the step is fixed, half random, so a fleet that failed together
    /// does not retry together. After a 429 the wait is never shorter than Jumio's Retry-After.
    /// <c>consecutiveFailures</c> is 1 after the first failure; <c>random</c> a sample in [0, 1).
    /// </summary>
    public static TimeSpan DelayAfter(Exception error, int consecutiveFailures, double random)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 16);
        var step = TimeSpan.FromTicks(Math.Min(BaseDelay.Ticks << exponent, MaxBackoff.Ticks));
        var floor = step / 2;
        if (error is JumioRateLimitedException { RetryAfter: { } retryAfter } && retryAfter > floor)
        {
            floor = retryAfter;
        }

        return floor + step / 2 * random;
    }

    /// <summary>A short description for logs and metrics: a status, "timeout" or "network"; never a body or a header.</summary>
    public static string Describe(Exception error) => error switch
    {
        JumioAuthenticationException auth => ((int)auth.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        JumioApiException api => ((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        JumioException { InnerException: TimeoutException } => "timeout",
        JumioException { InnerException: HttpRequestException or IOException } => "network",
        OperationCanceledException => "canceled",
        _ => error.GetType().Name,
    };
}
