using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JumioGen.Tests;

public sealed class OptionsValidationTests
{
    private static JumioClientOptions Valid() => new()
    {
        ClientId = "client",
        ClientSecret = "s3cr3t-value",
        UserAgent = "Acme Onboarding/1.0",
    };

    [Fact]
    public void Registration_lists_every_missing_setting()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<OptionsValidationException>(() => services.AddJumioClient<IJumioEu>(_ => { }));

        Assert.Contains(error.Failures, f => f.Contains("ClientId is required"));
        Assert.Contains(error.Failures, f => f.Contains("ClientSecret is required"));
        Assert.Contains(error.Failures, f => f.Contains("UserAgent is required"));
        Assert.Equal(nameof(IJumioEu), error.OptionsName);
    }

    [Theory]
    [InlineData("http://proxy.example.com/", false)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://localhost:5000/", true)]
    [InlineData("https://proxy.example.com/", true)]
    public void Plain_http_is_refused_except_for_loopback(string baseAddress, bool allowed)
    {
        var options = Valid();
        options.Endpoints = JumioEndpoints.SingleHost(new Uri(baseAddress));

        var result = new JumioClientOptionsValidator().Validate(null, options);

        Assert.Equal(allowed, result.Succeeded);
        if (!allowed)
        {
            Assert.Contains("must use https", result.FailureMessage);
        }
    }

    [Theory]
    [InlineData("curl")]
    [InlineData("Acme Onboarding/1.0 (")]
    public void Malformed_user_agent_is_refused(string userAgent)
    {
        var options = Valid();
        options.UserAgent = userAgent;

        var result = new JumioClientOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("UserAgent", result.FailureMessage);
    }

    [Fact]
    public void Valid_options_pass()
    {
        Assert.True(new JumioClientOptionsValidator().Validate(null, Valid()).Succeeded);
    }

    [Fact]
    public void Registering_a_type_that_is_not_a_generated_client_explains_what_to_do()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddJumioClient<INotAClient>(o => { }));

        Assert.Contains("[JumioApi(Region.EU)]", error.Message);
        Assert.Contains(nameof(INotAClient), error.Message);
    }

    [Fact]
    public void Configuration_section_is_read_and_validated()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Jumio:ClientId"] = "client",
            ["Jumio:ClientSecret"] = "s3cr3t-value",
            ["Jumio:UserAgent"] = "Acme Onboarding/1.0",
            ["Jumio:Region"] = "SG",
        }).Build();

        var builder = new ServiceCollection().AddJumioClient<IJumioEu>(configuration.GetSection("Jumio"));

        Assert.Equal("JumioGen:" + typeof(IJumioEu).FullName, builder.Name);
    }

    [Theory]
    [InlineData("Region", "Mars", "use US, EU or SG")]
    [InlineData("Region", "7", "use US, EU or SG")]
    [InlineData("BaseAddress", "not a uri", "not an absolute URI")]
    [InlineData("RefreshBeforeExpiry", "soon", "not a time span")]
    public void Bad_configuration_values_are_named(string key, string value, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ClientId"] = "client",
            ["ClientSecret"] = "s3cr3t-value",
            ["UserAgent"] = "Acme Onboarding/1.0",
            [key] = value,
        }).Build();

        var error = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddJumioClient<IJumioEu>(configuration));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void ToString_never_shows_the_secret()
    {
        var text = Valid().ToString();

        Assert.DoesNotContain("s3cr3t-value", text);
        Assert.Contains("<redacted>", text);
        Assert.Contains("client", text);
    }
}
