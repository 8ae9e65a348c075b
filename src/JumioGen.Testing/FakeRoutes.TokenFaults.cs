using System;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JumioGen.Testing;

/// <summary>Applies the armed token-endpoint faults (see <see cref="FakeJumio.FailNextTokenRequests"/> and friends).</summary>
internal sealed partial class FakeRoutes
{
    /// <summary>Runs the next armed fault; true when it has answered the request (or the client left), so the caller stops.</summary>
    private async Task<bool> AnsweredByTokenFaultAsync(HttpContext context)
    {
        switch (_tokenFaults.TakeNext())
        {
            case null:
                return false;

            case FakeTokenFault.Slow slow:
                try
                {
                    await Task.Delay(slow.Delay, _time, context.RequestAborted).ConfigureAwait(false);
                    return false;
                }
                catch (OperationCanceledException)
                {
                    return true; // the client gave up waiting
                }

            case FakeTokenFault.RateLimit limit:
                context.Response.Headers.RetryAfter = Math.Ceiling(limit.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await FakeResponses.ProblemAsync(
                    context, StatusCodes.Status429TooManyRequests, "Request limit exceeded", "Too Many Requests").ConfigureAwait(false);
                return true;

            case FakeTokenFault.Fail { Status: >= 500 } fail:
                await FakeResponses.ProblemAsync(context, fail.Status, "The token service is unavailable (FakeJumio fault).").ConfigureAwait(false);
                return true;

            case FakeTokenFault.Fail fail:
                var error = fail.Status switch
                {
                    StatusCodes.Status400BadRequest => "invalid_request",
                    StatusCodes.Status401Unauthorized => "invalid_client",
                    _ => "unauthorized_client",
                };
                await FakeResponses.OAuthErrorAsync(context, fail.Status, error, "Refused by a FakeJumio fault.").ConfigureAwait(false);
                return true;

            default:
                return false;
        }
    }
}
