namespace JumioGen.Tests;

public sealed class AccessTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Expiry_is_expires_in_when_the_token_is_not_a_jwt()
    {
        var token = AccessToken.Create("opaque", TimeSpan.FromHours(1), Now, TimeSpan.FromMinutes(5));

        Assert.Equal(Now.AddHours(1), token.ExpiresAt);
        Assert.Equal(Now.AddMinutes(55), token.RefreshAt);
    }

    [Fact]
    public void An_earlier_jwt_exp_wins_over_expires_in()
    {
        // Jumio may return a token it cached: expires_in says 3600 but the JWT runs out in 10 minutes.
        var token = AccessToken.Create(TestJwt.Expiring(Now.AddMinutes(10)), TimeSpan.FromHours(1), Now, TimeSpan.FromMinutes(5));

        Assert.Equal(Now.AddMinutes(10), token.ExpiresAt);
        Assert.Equal(Now.AddMinutes(5), token.RefreshAt);
    }

    [Fact]
    public void A_later_jwt_exp_does_not_extend_expires_in()
    {
        var token = AccessToken.Create(TestJwt.Expiring(Now.AddHours(5)), TimeSpan.FromHours(1), Now, TimeSpan.Zero);

        Assert.Equal(Now.AddHours(1), token.ExpiresAt);
    }

    [Fact]
    public void Refresh_never_starts_before_half_the_remaining_life()
    {
        var token = AccessToken.Create("opaque", TimeSpan.FromMinutes(4), Now, TimeSpan.FromMinutes(5));

        Assert.Equal(Now.AddMinutes(2), token.RefreshAt);
    }

    [Fact]
    public void ToString_hides_the_value()
    {
        Assert.DoesNotContain("opaque-secret-token", AccessToken.Create("opaque-secret-token", null, Now, TimeSpan.Zero).ToString());
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("a.!!!.c")]
    [InlineData("..")]
    public void Claims_of_malformed_tokens_are_absent(string token)
    {
        Assert.Null(JwtClaims.TryReadExpiry(token));
    }

    [Theory]
    [InlineData("""{"exp":"soon"}""")]
    [InlineData("""{"nested":{"exp":1}}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"exp":-5}""")]
    public void Exp_must_be_a_positive_top_level_number(string payload)
    {
        Assert.Null(JwtClaims.TryReadExpiry(TestJwt.WithPayload(payload)));
    }

    [Fact]
    public void Exp_is_read_after_other_claims()
    {
        var exp = JwtClaims.TryReadExpiry(TestJwt.WithPayload("""{"iss":"jumio","nested":{"exp":1},"exp":1800000000}"""));

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1800000000), exp);
    }
}
