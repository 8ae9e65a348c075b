using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JumioGen.AspNetCore;

/// <summary>
/// Maps the endpoint a client-side app (Blazor WebAssembly, MAUI, ...) calls to start a verification. Jumio: "requests
/// for bearer tokens should be server-to-server ... the end-user's device should notify your server when a token is
/// required". The server creates or updates the account with its access token; the device gets only the transactions.
/// </summary>
public static class JumioTransactionEndpoint
{
    /// <summary>
    /// Maps <c>POST {pattern}</c>: for an authenticated caller, runs <paramref name="start"/> (which creates or updates
    /// the account through the server's Jumio client) and answers with the account's transactions as JSON
    /// (<c>JumioTransaction[]</c>, read by a device client's <c>StartAsync</c>). Unauthenticated callers get 401.
    /// Add your own authorization with the returned builder, e.g. <c>.RequireAuthorization("kyc")</c>.
    /// </summary>
    /// <typeparam name="TClient">The server's generated Jumio client, registered with <c>AddJumioClient</c>.</typeparam>
    /// <param name="endpoints">The app's routes.</param>
    /// <param name="pattern">The route, e.g. <c>/api/jumio/transactions</c>.</param>
    /// <param name="start">Creates or updates the account for the caller, e.g.
    /// <c>(jumio, http, ct) =&gt; jumio.CreateAccountAsync(new AccountRequest { CustomerInternalReference = ..., ... }, ct)</c>.</param>
    /// <returns>The endpoint's builder.</returns>
    public static IEndpointConventionBuilder MapJumioTransactions<TClient>(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Func<TClient, HttpContext, CancellationToken, Task<AccountResponse>> start)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(start);
        // A RequestDelegate, not a Delegate: no reflection-based parameter binding, so it is trimming/AOT safe.
        return endpoints.MapPost(pattern, context => HandleAsync(context, start))
            .WithName("JumioTransactions:" + typeof(TClient).FullName);
    }

    private static async Task HandleAsync<TClient>(HttpContext context, Func<TClient, HttpContext, CancellationToken, Task<AccountResponse>> start)
        where TClient : class
    {
        // Whatever the app's policies say, an anonymous caller never gets a transaction token.
        if (context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var logger = context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(typeof(JumioTransactionEndpoint).FullName!);
        AccountResponse account;
        try
        {
            account = await start(context.RequestServices.GetRequiredService<TClient>(), context, context.RequestAborted).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "The verification could not be started.", e.Message).ConfigureAwait(false);
            return;
        }
        catch (JumioException e)
        {
            // Jumio's own answer stays on the server (in the log); the device only learns that Jumio failed.
            logger?.LogWarning(e, "Starting a Jumio verification failed");
            await Problem(context, StatusCodes.Status502BadGateway, "Jumio could not start the verification.", null).ConfigureAwait(false);
            return;
        }

        // The answer carries transaction tokens: no cache may keep it.
        context.Response.Headers.CacheControl = "no-store";
        var transactions = new List<JumioTransaction>(account.Transactions);
        await context.Response.WriteAsJsonAsync(transactions, JumioJsonContext.Default.ListJumioTransaction, contentType: null, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task Problem(HttpContext context, int status, string title, string? detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new JumioProblem { Title = title, Status = status, Detail = detail }, JumioJsonContext.Default.JumioProblem, contentType: "application/problem+json", context.RequestAborted);
    }
}
