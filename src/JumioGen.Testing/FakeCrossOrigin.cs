using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JumioGen.Testing;

/// <summary>
/// CORS for <see cref="FakeJumioOptions.AllowCrossOriginRequests"/>: a browser asks (a preflight) before it sends an
/// Authorization header or a multipart body to another origin, and reads an answer only when it names its origin.
/// </summary>
internal static class FakeCrossOrigin
{
    public static void Use(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // On starting, so the headers survive handlers that clear the response to write an error.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.AccessControlAllowOrigin = origin;
            headers.AccessControlExposeHeaders = "Retry-After, WWW-Authenticate";
            headers.Vary = "Origin";
            return Task.CompletedTask;
        });

        if (HttpMethods.IsOptions(context.Request.Method) && context.Request.Headers.ContainsKey("Access-Control-Request-Method"))
        {
            // A preflight is not an API call: answered here, not counted.
            context.Response.Headers.AccessControlAllowMethods = "GET, POST, PUT, DELETE";
            context.Response.Headers.AccessControlAllowHeaders = "Authorization, Content-Type, Accept";
            context.Response.Headers.AccessControlMaxAge = "600";
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        await next(context).ConfigureAwait(false);
    });
}
