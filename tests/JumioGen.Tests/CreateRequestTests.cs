namespace JumioGen.Tests;

/// <summary>What <see cref="JumioConnection.CreateRequest"/> puts on a request for JumioGen's handlers.</summary>
public sealed class CreateRequestTests
{
    private static readonly JumioConnection Connection = new(new HttpClient(), JumioEndpoints.ForRegion(Region.EU));

    [Fact]
    public void An_access_token_request_carries_no_marker_and_reads_as_access_token()
    {
        using var request = Connection.CreateRequest(HttpMethod.Get, JumioHost.Retrieval, "api/v1/accounts/a");

        Assert.False(request.Options.TryGetValue(JumioRequestOptions.Authorization, out _));
        Assert.Equal(JumioAuthorization.AccessToken, JumioRequestOptions.GetAuthorization(request));
        Assert.Equal(new Uri("https://retrieval.emea-1.jumio.ai/api/v1/accounts/a"), request.RequestUri);
        Assert.Equal("application/json", Assert.Single(request.Headers.Accept).MediaType);
    }

    [Theory]
    [InlineData(JumioAuthorization.None)]
    [InlineData(JumioAuthorization.TransactionToken)]
    public void Other_authorizations_are_marked(JumioAuthorization authorization)
    {
        using var request = Connection.CreateRequest(HttpMethod.Get, JumioHost.Status, "", authorization);

        Assert.True(request.Options.TryGetValue(JumioRequestOptions.Authorization, out var marked));
        Assert.Equal(authorization, marked);
        Assert.Equal(authorization, JumioRequestOptions.GetAuthorization(request));
    }
}
