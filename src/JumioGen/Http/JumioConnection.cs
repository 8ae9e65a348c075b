using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// What a generated client sends through: the <see cref="HttpClient"/> (whose handler adds tokens), the endpoints
/// and the clock. Generated code builds each request and calls this class to send it and read the answer; not meant
/// for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JumioConnection
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    // Jumio's JSON answers are kilobytes (details with extracted data: well under a megabyte); more is not Jumio.
    private const long MaxJsonAnswerBytes = 16 * 1024 * 1024;
    private readonly ServiceUrls _urls;

    /// <summary>Creates a connection.</summary>
    /// <param name="httpClient">Sends requests to Jumio; for a server client its handler adds access tokens.</param>
    /// <param name="endpoints">Where requests go.</param>
    /// <param name="timeProvider">The clock for transaction deadlines.</param>
    /// <param name="appServer">For a device client: your server, which hands out transactions.</param>
    public JumioConnection(HttpClient httpClient, JumioEndpoints endpoints, TimeProvider? timeProvider = null, JumioAppServer? appServer = null)
    {
        HttpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        Endpoints = endpoints ?? throw new ArgumentNullException(nameof(endpoints));
        TimeProvider = timeProvider ?? TimeProvider.System;
        AppServer = appServer;
        _urls = new ServiceUrls(Endpoints);
    }

    /// <summary>For a device client: your server, which hands out transactions; otherwise <see langword="null"/>.</summary>
    public JumioAppServer? AppServer { get; }

    /// <summary>The HTTP client; its handler pipeline authorises requests.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>Where requests go.</summary>
    public JumioEndpoints Endpoints { get; }

    /// <summary>The clock used for transaction deadlines.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>A device client's start: asks your server for the transactions of a new verification.</summary>
    public Task<IReadOnlyList<JumioTransaction>> StartAsync(CancellationToken cancellationToken) =>
        (AppServer ?? throw new InvalidOperationException("This client was not registered as a device client (AddJumioDeviceClient), so it has no server to start at."))
            .StartAsync(cancellationToken);

    /// <summary>A request to <paramref name="relativePath"/> on one of Jumio's services.</summary>
    public HttpRequestMessage CreateRequest(HttpMethod method, JumioHost host, string relativePath, JumioAuthorization authorization = JumioAuthorization.AccessToken)
    {
        var request = new HttpRequestMessage(method, _urls.For(host, relativePath));
        request.Headers.Accept.Add(AcceptJson);
        // Absent means the access token: marking only the other cases spares most requests an options dictionary.
        if (authorization != JumioAuthorization.AccessToken)
        {
            request.Options.Set(JumioRequestOptions.Authorization, authorization);
        }

        return request;
    }

    /// <summary>
    /// A request authorised by a transaction token. Throws <see cref="JumioTransactionExpiredException"/> before
    /// anything is sent when the token or the session has run out.
    /// </summary>
    public HttpRequestMessage CreateTransactionRequest(HttpMethod method, JumioTransaction transaction, Uri url, string action)
    {
        if (transaction is null) throw new ArgumentNullException(nameof(transaction));
        if (url is null) throw new ArgumentNullException(nameof(url));
        transaction.EnsureUsable(TimeProvider.GetUtcNow(), action);
        JumioTransport.EnsureTransactionUrlAllowed(url, Endpoints);
        var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(AcceptJson);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", transaction.Token);
        request.Options.Set(JumioRequestOptions.Authorization, JumioAuthorization.TransactionToken);
        return request;
    }

    /// <summary>
    /// Checks a request body against Jumio's documented limits before anything is sent (today: <see cref="AccountRequest"/>);
    /// throws <see cref="ArgumentException"/> listing every problem.
    /// </summary>
    public static void ValidateBody<T>(T body)
    {
        if (body is AccountRequest account)
        {
            AccountRequestValidation.EnsureValid(account);
        }
    }

    /// <summary>Sends <paramref name="request"/> and reads the JSON answer.</summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await JumioErrors.ThrowIfFailedAsync(request, response, cancellationToken).ConfigureAwait(false);
            return await ReadJsonAsync(request, response, responseType, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends <paramref name="request"/> and returns the answer, successful or not, without throwing for an error status.</summary>
    public async Task<JumioResponse<T>> SendForResponseAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            try
            {
                await JumioErrors.ThrowIfFailedAsync(request, response, cancellationToken).ConfigureAwait(false);
            }
            catch (JumioApiException error)
            {
                // The error's headers: the request's own credentials, if a proxy echoed them, are redacted there.
                return new JumioResponse<T>(response.StatusCode, error.Headers, default, error);
            }

            var content = await ReadJsonAsync(request, response, responseType, cancellationToken).ConfigureAwait(false);
            return new JumioResponse<T>(response.StatusCode, JumioApiException.CopyHeaders(response), content, null);
        }
    }

    /// <summary>Sends <paramref name="request"/>; only the status matters.</summary>
    public async Task SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await JumioErrors.ThrowIfFailedAsync(request, response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends <paramref name="request"/> and returns the body as a stream the caller disposes.</summary>
    public async Task<Stream> SendForStreamAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            try
            {
                await JumioErrors.ThrowIfFailedAsync(request, response, cancellationToken).ConfigureAwait(false);
                return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
    }

    /// <summary>
    /// Gives an answer to create/update account its <see cref="AccountResponse.Transactions"/>, built on first read
    /// with deadlines counted from now.
    /// </summary>
    public AccountResponse WithTransactions(AccountResponse response, AccountRequest request)
    {
        if (response is null) throw new ArgumentNullException(nameof(response));
        response.AttachTransactions(request?.TokenLifetime, TimeProvider.GetUtcNow());
        return response;
    }

    /// <summary>Restarts the transaction's 15-minute session after a successful action.</summary>
    public void RecordAction(JumioTransaction transaction) => transaction.RecordAction(TimeProvider.GetUtcNow());

    private static async Task<T> ReadJsonAsync<T>(HttpRequestMessage request, HttpResponseMessage response, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        var content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            T? result;
            var where = $"Jumio {request.Method} {request.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}";
            try
            {
                var bounded = new SizeLimitedStream(content, MaxJsonAnswerBytes, $"{where} with more than {MaxJsonAnswerBytes / (1024 * 1024)} MB of JSON; reading was stopped.");
                result = await JsonSerializer.DeserializeAsync(bounded, responseType, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                throw new JumioException($"{where} with a body that is not a valid {typeof(T).Name}: {e.Message}", e);
            }
            catch (InvalidDataException e)
            {
                throw new JumioException(e.Message, e);
            }
            catch (IOException e)
            {
                // The connection broke after the headers: a network failure, told like the token endpoint tells it.
                throw new JumioException($"{where} but the answer was cut off: {e.Message}", e);
            }

            return result ?? throw new JumioException($"{where} without a body.");
        }
    }
}
