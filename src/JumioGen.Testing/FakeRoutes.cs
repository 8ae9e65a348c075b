using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JumioGen.Testing;

/// <summary>
/// Maps Jumio's routes (token, account, api, retrieval and status services, all on one host) onto the fake's state.
/// The handlers live in the FakeRoutes.*.cs files, one per Jumio service.
/// </summary>
internal sealed partial class FakeRoutes
{
    private const string AccountPattern = "/api/v1/accounts/{accountId}";
    private const string WorkflowPattern = AccountPattern + "/workflow-executions/{workflowExecutionId}";

    private readonly FakeTokenIssuer _tokens;
    private readonly FakeAccountStore _store;
    private readonly RouteCounters _counters;
    private readonly FakeServerAddress _address;
    private readonly TimeProvider _time;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly long _accessTokenLifetimeSeconds;
    private readonly FakeFaultSwitch _faults;
    private readonly FakeTokenFaults _tokenFaults;

    public FakeRoutes(
        FakeTokenIssuer tokens, FakeAccountStore store, RouteCounters counters, FakeServerAddress address,
        TimeProvider time, string clientId, string clientSecret, TimeSpan accessTokenLifetime, FakeFaultSwitch faults, FakeTokenFaults tokenFaults)
    {
        _faults = faults;
        _tokenFaults = tokenFaults;
        _tokens = tokens;
        _store = store;
        _counters = counters;
        _address = address;
        _time = time;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _accessTokenLifetimeSeconds = (long)accessTokenLifetime.TotalSeconds;
    }

    public void Map(IEndpointRouteBuilder app)
    {
        Map(app, HttpMethods.Post, "/oauth2/token", FakeRouteNames.Token, IssueTokenAsync);
        Map(app, HttpMethods.Post, "/api/v1/accounts", FakeRouteNames.CreateAccount, CreateAccountAsync);
        Map(app, HttpMethods.Put, AccountPattern, FakeRouteNames.UpdateAccount, UpdateAccountAsync);
        Map(app, HttpMethods.Delete, AccountPattern, FakeRouteNames.DeleteAccount, DeleteAccountAsync);
        Map(app, HttpMethods.Post, WorkflowPattern + "/credentials/{credentialId}/parts/{classifier}", FakeRouteNames.UploadPart, UploadPartAsync);
        Map(app, HttpMethods.Put, WorkflowPattern, FakeRouteNames.Finalize, FinalizeAsync);
        Map(app, HttpMethods.Get, WorkflowPattern + "/status", FakeRouteNames.Status, GetStatusAsync);
        Map(app, HttpMethods.Get, WorkflowPattern, FakeRouteNames.Details, GetDetailsAsync);
        Map(app, HttpMethods.Delete, WorkflowPattern, FakeRouteNames.DeleteWorkflow, DeleteWorkflowAsync);
        Map(app, HttpMethods.Get, AccountPattern + "/credentials/{credentialId}/parts/{classifier}", FakeRouteNames.Image, GetImageAsync);
        Map(app, HttpMethods.Get, "/", FakeRouteNames.Health, GetHealthAsync);

        // Anything else is still an API call (counted), answered with Jumio's error shape instead of an empty 404.
        app.MapFallback(context =>
        {
            _counters.RecordUnmatched();
            return FakeResponses.ProblemAsync(
                context, StatusCodes.Status404NotFound, $"No Jumio route matches {context.Request.Method} {context.Request.Path}.");
        });
    }

    private void Map(IEndpointRouteBuilder app, string method, string pattern, string routeName, RequestDelegate handler) =>
        app.MapMethods(pattern, [method], async context =>
        {
            _counters.Record(routeName, context.Request);
            if (_faults.TryTake(routeName) is { } fault && await fault.ApplyAsync(context, _time).ConfigureAwait(false))
            {
                return;
            }

            try
            {
                await handler(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (!context.Response.HasStarted && MalformedRequestStatus(ex) is { } status)
            {
                context.Response.Clear();
                await FakeResponses.ProblemAsync(context, status, "The request body could not be read.").ConfigureAwait(false);
            }
        }).WithDisplayName(routeName);

    // Malformed bodies are the client's fault: answer 4xx rather than let the server log a 500.
    private static int? MalformedRequestStatus(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        JsonException or InvalidDataException => StatusCodes.Status400BadRequest,
        _ => null,
    };

    private static string RouteValue(HttpContext context, string name) =>
        context.Request.RouteValues[name] as string ?? string.Empty;

    private static Task NotFoundAsync(HttpContext context, string what) =>
        FakeResponses.ProblemAsync(context, StatusCodes.Status404NotFound, $"{what} was not found.");
}
