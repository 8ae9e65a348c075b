namespace JumioGen.Tests;

/// <summary>The fast way of building a request URL gives exactly what <c>new Uri(base, relativePath)</c> gives.</summary>
public sealed class ServiceUrlsTests
{
    private static readonly string[] Bases =
    [
        "https://account.emea-1.jumio.ai/",
        "http://127.0.0.1:5123/",
        "https://proxy.example/jumio/",
        "https://proxy.example/jumio",
        "https://proxy.example/jumio/?tenant=1",
        "https://proxy.example/a%20b/",
        "HTTPS://Proxy.Example:443/Jumio/",
        "https://user:pw@proxy.example/",
        "https://bücher.example/",
    ];

    private static readonly string[] Paths =
    [
        "",
        "api/v1/accounts",
        "api/v1/accounts/" + Uri.EscapeDataString("a b/c?d#e%f") + "/status",
        "api/v1/accounts/" + Uri.EscapeDataString("ünïcode") + "/credentials",
        "api/v1/accounts?limit=10&after=" + Uri.EscapeDataString("2026-12-03T12:00:00.0000000+00:00"),
        "api/v1/accounts/../admin",
        "api/v1/./accounts",
        "api/v1/accounts/..",
        "api/v1/accounts/.",
        "./api",
        "../api",
        "/api/v1/accounts",
        "//evil.example/x",
        "?query",
        "#fragment",
        "api#fragment",
        "https://evil.example/x",
        "c:/x",
        "api\\v1",
        "api/ü",
        "api/a b",
        "api/%2e%2e/x",
        "api/%zz",
        "api/!$&'()*+,;=@~-_",
        "api//double",
    ];

    [Fact]
    public void Builds_the_same_url_as_combining_uris()
    {
        foreach (var baseText in Bases)
        {
            var endpoints = JumioEndpoints.SingleHost(new Uri(baseText));
            var urls = new ServiceUrls(endpoints);
            foreach (var path in Paths)
            {
                var expected = new Uri(endpoints.Account, path);
                var actual = urls.For(JumioHost.Account, path);

                Assert.True(expected.AbsoluteUri == actual.AbsoluteUri && expected.ToString() == actual.ToString(),
                    $"{baseText} + {path}: expected {expected.AbsoluteUri}, got {actual.AbsoluteUri}");
            }
        }
    }

    [Theory]
    [InlineData("api/v1/accounts/a%20b/workflow-executions/w/status", true)]
    [InlineData("api/v1/accounts?limit=10&after=x", true)]
    [InlineData("", true)]
    [InlineData("/api/v1/accounts", false)]
    [InlineData("https://evil.example/x", false)]
    [InlineData("api/ü", false)]
    public void The_generated_clients_paths_take_the_short_route(string path, bool plain)
    {
        Assert.Equal(plain, ServiceUrls.IsPlainPath(path));
    }

    [Fact]
    public void Uses_each_services_own_base()
    {
        var urls = new ServiceUrls(JumioEndpoints.ForRegion(Region.EU));

        Assert.Equal("https://account.emea-1.jumio.ai/api/v1/accounts", urls.For(JumioHost.Account, "api/v1/accounts").AbsoluteUri);
        Assert.Equal("https://retrieval.emea-1.jumio.ai/api/v1/accounts/a", urls.For(JumioHost.Retrieval, "api/v1/accounts/a").AbsoluteUri);
        Assert.Equal("https://status.emea-1.jumio.ai/", urls.For(JumioHost.Status, "").AbsoluteUri);
        Assert.Throws<ArgumentOutOfRangeException>(() => urls.For((JumioHost)42, "x"));
    }
}
