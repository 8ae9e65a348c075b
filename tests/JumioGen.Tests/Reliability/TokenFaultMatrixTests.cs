using System.Net;
using JumioGen.Testing;
using static JumioGen.Tests.Reliability.FaultMatrixTests;

namespace JumioGen.Tests.Reliability;

/// <summary>
/// Faults of the token endpoint, and a single 401 from the API, on every operation: each call ends in success or the
/// documented exception, retries stay within the budget, and no API request goes out without its token.
/// The cached token has expired before each call, so every access-token operation must get a new one first.
/// </summary>
public sealed class TokenFaultMatrixTests
{
    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in OperationNames)
        {
            foreach (var fault in Faults.Keys)
            {
                data.Add(operation, fault);
            }
        }

        return data;
    }

    private static readonly string[] TransactionOrNoToken = ["upload", "finalize", "health"];

    // Fault, and the exception an access-token operation must end with (null: it must succeed). The 429's Retry-After
    // is 3 s, not 2 s: the clock pump passes over 2-second timers (the token store's timeout), so a wait of exactly
    // Retry-After would never be moved past.
    private static readonly Dictionary<string, (Action<FakeJumio, string> Arm, Type? Expected)> Faults = new()
    {
        ["token 503 once"] = ((fake, _) => fake.FailNextTokenRequests(1, 503), null),
        ["token 500 beyond the budget"] = ((fake, _) => fake.FailNextTokenRequests(TokenRetryPolicy.MaxAttempts, 500), typeof(JumioApiException)),
        ["token 429 storm"] = ((fake, _) => fake.RateLimitNextTokenRequests(TokenRetryPolicy.MaxAttempts, TimeSpan.FromSeconds(3)), typeof(JumioRateLimitedException)),
        ["token 401"] = ((fake, _) => fake.FailNextTokenRequests(1, 401), typeof(JumioAuthenticationException)),
        ["api 401 once"] = ((fake, route) => fake.InjectFault(route, FakeFault.Status(401)), null),
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Token_fault_ends_in_the_documented_outcome(string operation, string faultName)
    {
        await using var fixture = await FakeJumioFixture.StartAsync();
        var setup = await Setup.CreateAsync(fixture);
        var (route, call) = Operation(operation);
        // Past the access token's hour (the transaction tokens are not checked by access-token operations).
        fixture.Time.Advance(TimeSpan.FromMinutes(61));
        var (arm, expected) = Faults[faultName];
        var (tokensBefore, routeBefore) = (fixture.Fake.TokenRequests, fixture.Fake.CallsTo(route));
        var usesAccessToken = !TransactionOrNoToken.Contains(operation);
        if (!usesAccessToken)
        {
            // Upload and finalize need a live transaction token; health none.
            setup = await Setup.CreateAsync(fixture);
            (tokensBefore, routeBefore) = (fixture.Fake.TokenRequests, fixture.Fake.CallsTo(route));
        }

        arm(fixture.Fake, route);
        var work = call(fixture.Client, setup, CancellationToken.None);
        var outcome = await Record.ExceptionAsync(() =>
            fixture.Time.PumpUntilAsync(work, due => due != TokenRetryPolicy.AttemptTimeout && due != TokenStoreAccess.Timeout).WaitAsync(TimeSpan.FromSeconds(30)));

        var tokenRequests = fixture.Fake.TokenRequests - tokensBefore;
        var reachedRoute = fixture.Fake.CallsTo(route) - routeBefore;
        if (!usesAccessToken)
        {
            // Never asks the token endpoint; only the API 401 can touch it, and a transaction or no token cannot be renewed.
            Assert.Equal(0, tokenRequests);
            Assert.Equal(1, reachedRoute);
            if (faultName == "api 401 once")
            {
                Assert.Equal(HttpStatusCode.Unauthorized, Assert.IsType<JumioApiException>(outcome).StatusCode);
            }
            else
            {
                Assert.Null(outcome);
            }

            return;
        }

        if (expected is null)
        {
            Assert.Null(outcome);
        }
        else
        {
            Assert.IsType(expected, outcome);
        }

        Assert.InRange(tokenRequests, 1, TokenRetryPolicy.MaxAttempts);
        // No token, no request; the one 401 is replayed once with the new token.
        Assert.Equal(faultName switch
        {
            "api 401 once" => 2,
            _ when expected is null => 1,
            _ => 0,
        }, reachedRoute);
        if (reachedRoute > 0)
        {
            Assert.Equal("Bearer", fixture.Fake.LastAuthorizationScheme(route));
        }
    }
}
