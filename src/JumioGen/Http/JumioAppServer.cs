using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace JumioGen;

/// <summary>
/// A device client's way to your server: it asks for transactions there, through an <see cref="HttpClient"/> that
/// carries your app's own authentication (and never reaches Jumio).
/// </summary>
public sealed class JumioAppServer
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    /// <summary>Creates the link to your server.</summary>
    public JumioAppServer(HttpClient httpClient, Uri transactionsEndpoint)
    {
        HttpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        TransactionsEndpoint = transactionsEndpoint ?? throw new ArgumentNullException(nameof(transactionsEndpoint));
    }

    /// <summary>The client for your server (with your app's authentication).</summary>
    public HttpClient HttpClient { get; }

    /// <summary>Your server's endpoint that starts a verification.</summary>
    public Uri TransactionsEndpoint { get; }

    /// <summary>Asks your server to start a verification and returns the transactions it answers with.</summary>
    public async Task<IReadOnlyList<JumioTransaction>> StartAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TransactionsEndpoint);
        request.Headers.Accept.Add(AcceptJson);
        using var response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await JumioErrors.ThrowIfFailedAsync(request, response, cancellationToken).ConfigureAwait(false);
        var content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            try
            {
                var transactions = await JsonSerializer.DeserializeAsync(content, JumioJsonContext.Default.ListJumioTransaction, cancellationToken).ConfigureAwait(false)
                    ?? throw new JumioException($"Your server's {TransactionsEndpoint.AbsolutePath} answered without transactions.");
                WorkflowSession.Share(transactions);
                return transactions;
            }
            catch (JsonException e)
            {
                throw new JumioException($"Your server's {TransactionsEndpoint.AbsolutePath} did not answer with a list of Jumio transactions: {e.Message}", e);
            }
        }
    }
}
