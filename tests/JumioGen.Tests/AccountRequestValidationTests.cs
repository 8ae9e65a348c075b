namespace JumioGen.Tests;

public sealed class AccountRequestValidationTests
{
    private static AccountRequest Valid() => new()
    {
        CustomerInternalReference = "order-4711",
        WorkflowDefinition = new WorkflowDefinition { Key = 10011 },
    };

    [Fact]
    public void A_minimal_request_is_valid()
    {
        Assert.Empty(Valid().GetValidationErrors());
    }

    [Fact]
    public void A_valid_request_is_checked_without_allocating()
    {
        var request = Valid();
        request.UserReference = "user-0815";
        request.ReportingCriteria = "campaign";
        request.TokenLifetime = "30m";
        request.UserConsent = new UserConsent { Consent = new Consent { Obtained = "yes" }, UserLocation = new UserLocation { Country = "DEU" } };
        AccountRequestValidation.EnsureValid(request); // first call: static initialisation

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            AccountRequestValidation.EnsureValid(request);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Every_error_of_an_invalid_request_is_in_the_exception()
    {
        var request = Valid();
        request.CustomerInternalReference = "a{b";
        request.TokenLifetime = "4m";

        var error = Assert.Throws<ArgumentException>(() => AccountRequestValidation.EnsureValid(request));

        Assert.Equal(
            "The account request was not sent: CustomerInternalReference must not contain any of <>\"/;\\`%{}| (found '{' at position 1). "
            + "TokenLifetime \"4m\" must be between 5m and 60d. (Parameter 'request')",
            error.Message);
    }

    [Theory]
    [InlineData(null, "CustomerInternalReference is required")]
    [InlineData("", "CustomerInternalReference is required")]
    [InlineData("has/slash", "must not contain")]
    [InlineData("a<b", "must not contain")]
    [InlineData("50%", "must not contain")]
    [InlineData("back`tick", "must not contain")]
    public void Customer_internal_reference_follows_jumio_rules(string? reference, string expected)
    {
        var request = Valid();
        request.CustomerInternalReference = reference;

        Assert.Contains(request.GetValidationErrors(), e => e.Contains(expected));
    }

    [Fact]
    public void Customer_internal_reference_is_at_most_100_characters()
    {
        var request = Valid();
        request.CustomerInternalReference = new string('a', 100);
        Assert.Empty(request.GetValidationErrors());

        request.CustomerInternalReference = new string('a', 101);
        Assert.Contains(request.GetValidationErrors(), e => e.Contains("1-100 characters"));
    }

    [Theory]
    [InlineData("5m", true)]
    [InlineData("60d", true)]
    [InlineData("300s", true)]
    [InlineData("4m", false)]
    [InlineData("61d", false)]
    [InlineData("-5m", false)]
    [InlineData("30", false)]
    [InlineData("1w", false)]
    public void Token_lifetime_must_be_jumio_format_within_5m_and_60d(string lifetime, bool valid)
    {
        var request = Valid();
        request.TokenLifetime = lifetime;

        Assert.Equal(valid, !request.GetValidationErrors().Any());
    }

    [Fact]
    public void Missing_workflow_definition_and_bad_optional_fields_are_all_listed()
    {
        var request = new AccountRequest
        {
            CustomerInternalReference = "ok",
            CallbackUrl = "not a url",
            UserReference = new string('u', 101),
            Web = new WebSettings { Locale = "en-GB-x" },
            UserConsent = new UserConsent { Consent = new Consent { Obtained = "maybe" }, UserLocation = new UserLocation { Country = "DE" } },
        };

        var errors = request.GetValidationErrors();

        Assert.Contains(errors, e => e.Contains("WorkflowDefinition is required"));
        Assert.Contains(errors, e => e.Contains("CallbackUrl must be an absolute http(s) URL"));
        Assert.Contains(errors, e => e.Contains("UserReference must be 1-100"));
        Assert.Contains(errors, e => e.Contains("Web.Locale must be 1-5"));
        Assert.Contains(errors, e => e.Contains("\"yes\", \"no\" or \"na\""));
        Assert.Contains(errors, e => e.Contains("alpha-3"));
    }

    [Fact]
    public async Task The_generated_client_refuses_an_invalid_request_before_sending()
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var request = Valid();
        request.CustomerInternalReference = "bad;reference";

        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Client.CreateAccountAsync(request));

        Assert.Contains("was not sent", error.Message);
        Assert.Equal(0, fixture.Fake.ApiCalls);
        Assert.Equal(0, fixture.Fake.TokenRequests);
    }
}
