using System.Text;

namespace JumioGen.Tests;

/// <summary>Builds unsigned JWT-shaped strings for tests of claim reading.</summary>
internal static class TestJwt
{
    public static string WithPayload(string json) =>
        $"{Encode("""{"alg":"none"}""")}.{Encode(json)}.c2lnbmF0dXJl";

    public static string Expiring(DateTimeOffset exp) => WithPayload($$"""{"sub":"client","exp":{{exp.ToUnixTimeSeconds()}}}""");

    private static string Encode(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
