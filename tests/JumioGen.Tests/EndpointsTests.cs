namespace JumioGen.Tests;

public sealed class EndpointsTests
{
    [Theory]
    [InlineData(Region.US, "amer-1")]
    [InlineData(Region.EU, "emea-1")]
    [InlineData(Region.SG, "apac-1")]
    public void Region_maps_to_jumio_hosts(Region region, string dc)
    {
        var endpoints = JumioEndpoints.ForRegion(region);

        Assert.Equal($"https://auth.{dc}.jumio.ai/oauth2/token", endpoints.TokenEndpoint.ToString());
        Assert.Equal($"https://account.{dc}.jumio.ai/", endpoints.For(JumioHost.Account).ToString());
        Assert.Equal($"https://api.{dc}.jumio.ai/", endpoints.For(JumioHost.Api).ToString());
        Assert.Equal($"https://retrieval.{dc}.jumio.ai/", endpoints.For(JumioHost.Retrieval).ToString());
        Assert.Equal($"https://status.{dc}.jumio.ai/", endpoints.For(JumioHost.Status).ToString());
    }

    [Theory]
    [InlineData("http://127.0.0.1:1234", "http://127.0.0.1:1234/oauth2/token", "http://127.0.0.1:1234/api/v1/accounts")]
    [InlineData("https://proxy.example.com/jumio", "https://proxy.example.com/jumio/oauth2/token", "https://proxy.example.com/jumio/api/v1/accounts")]
    public void Single_host_routes_every_service_to_one_base(string baseAddress, string token, string accounts)
    {
        var endpoints = JumioEndpoints.SingleHost(new Uri(baseAddress));

        Assert.Equal(token, endpoints.TokenEndpoint.ToString());
        Assert.Equal(accounts, new Uri(endpoints.For(JumioHost.Account), "api/v1/accounts").ToString());
        Assert.Equal(endpoints.Account, endpoints.Retrieval);
    }

    [Fact]
    public void Single_host_needs_an_absolute_uri()
    {
        Assert.Throws<ArgumentException>(() => JumioEndpoints.SingleHost(new Uri("relative", UriKind.Relative)));
    }
}
