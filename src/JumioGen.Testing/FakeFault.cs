using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JumioGen.Testing;

/// <summary>
/// A misbehaviour FakeJumio can show on a route, to test how your code copes: an error status, Jumio's 429, a body
/// that is broken in one of the ways real proxies and outages break bodies, a reset connection, or a delay.
/// Inject one with <see cref="FakeJumio.InjectFault"/>.
/// </summary>
public sealed class FakeFault
{
    private readonly Func<HttpContext, TimeProvider, Task<bool>> _apply;

    private FakeFault(string description, Func<HttpContext, TimeProvider, Task<bool>> apply)
    {
        Description = description;
        _apply = apply;
    }

    /// <summary>What the fault does, for test output.</summary>
    public string Description { get; }

    /// <summary>Answers <paramref name="statusCode"/> with Jumio's error shape (<c>{"title","status","detail"}</c>).</summary>
    public static FakeFault Status(int statusCode) =>
        new($"status {statusCode}", async (context, _) =>
        {
            await FakeResponses.ProblemAsync(context, statusCode, $"Injected fault: status {statusCode}.").ConfigureAwait(false);
            return true;
        });

    /// <summary>Answers 429 with Jumio's documented body and a <c>Retry-After</c> in whole seconds.</summary>
    public static FakeFault RateLimited(TimeSpan retryAfter) =>
        new($"429 Retry-After {retryAfter.TotalSeconds:0}s", async (context, _) =>
        {
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await FakeResponses.ProblemAsync(context, StatusCodes.Status429TooManyRequests, "Request limit exceeded", "Too Many Requests").ConfigureAwait(false);
            return true;
        });

    /// <summary>Answers 200 with JSON that stops half-way.</summary>
    public static FakeFault MalformedJson() => Body("malformed JSON", StatusCodes.Status200OK, "application/json", "{\"account\":{\"id\":\"trunc");

    /// <summary>Answers 200 with an empty body.</summary>
    public static FakeFault EmptyBody() => Body("empty body", StatusCodes.Status200OK, "application/json", "");

    /// <summary>Answers 200 with an HTML page, as a misconfigured proxy does.</summary>
    public static FakeFault WrongContentType() => Body("HTML instead of JSON", StatusCodes.Status200OK, "text/html", "<html><body>Service temporarily unavailable</body></html>");

    /// <summary>Answers <paramref name="statusCode"/> with a body of <paramref name="bytes"/> bytes, streamed.</summary>
    public static FakeFault LargeBody(int statusCode, long bytes) =>
        new($"status {statusCode} with a {bytes}-byte body", async (context, _) =>
        {
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = "text/plain";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            try
            {
                for (long sent = 0; sent < bytes; sent += chunk.Length)
                {
                    var length = (int)Math.Min(chunk.Length, bytes - sent);
                    await context.Response.Body.WriteAsync(chunk.AsMemory(0, length), context.RequestAborted).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // The client stopped reading, which is what a bounded client should do.
            }

            return true;
        });

    /// <summary>Drops the connection without answering.</summary>
    public static FakeFault ResetConnection() =>
        new("connection reset", (context, _) =>
        {
            context.Abort();
            return Task.FromResult(true);
        });

    /// <summary>
    /// Waits <paramref name="delay"/> on the fake's clock before answering normally. With a FakeTimeProvider the
    /// answer comes only when the test advances the clock, so timeouts can be tested without sleeping.
    /// </summary>
    public static FakeFault Delay(TimeSpan delay) =>
        new($"delay {delay}", async (context, time) =>
        {
            try
            {
                await Task.Delay(delay, time, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return true;
            }

            return false;
        });

    /// <inheritdoc />
    public override string ToString() => Description;

    /// <summary>Applies the fault; <see langword="true"/> when it produced the answer, <see langword="false"/> to answer normally.</summary>
    internal Task<bool> ApplyAsync(HttpContext context, TimeProvider time) => _apply(context, time);

    private static FakeFault Body(string description, int status, string contentType, string body) =>
        new(description, async (context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
            return true;
        });
}
