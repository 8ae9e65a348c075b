using System;

namespace JumioGen;

/// <summary>How a generated Jumio client authenticates and where it sends requests.</summary>
public sealed class JumioClientOptions
{
    /// <summary>The OAuth2 client id (Customer Portal: Settings &gt; API credentials &gt; OAuth2 Clients).</summary>
    public string? ClientId { get; set; }

    /// <summary>The OAuth2 client secret. Keep it on a server; it never appears in logs, messages or <see cref="ToString"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The User-Agent Jumio requires on every call, naming your company and application, e.g. <c>Acme Onboarding/1.0</c>.
    /// </summary>
    public string? UserAgent { get; set; }

    /// <summary>The data centre; when unset, the region on the interface's <see cref="JumioApiAttribute"/> is used.</summary>
    public Region? Region { get; set; }

    /// <summary>Explicit endpoints (e.g. <see cref="JumioEndpoints.SingleHost"/> for FakeJumio); overrides <see cref="Region"/>.</summary>
    public JumioEndpoints? Endpoints { get; set; }

    /// <summary>
    /// How long before its expiry a cached access token is renewed. Jumio may hand back a token it cached itself,
    /// so renew a few minutes early. Default: 5 minutes.
    /// </summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The endpoints in force: <see cref="Endpoints"/>, else those of <see cref="Region"/>, else of <paramref name="defaultRegion"/>.</summary>
    public JumioEndpoints ResolveEndpoints(Region defaultRegion) => Endpoints ?? JumioEndpoints.ForRegion(Region ?? defaultRegion);

    /// <summary>A copy, so later changes to this instance do not reach a client already built from it.</summary>
    public JumioClientOptions Clone() => (JumioClientOptions)MemberwiseClone();

    /// <summary>Describes the options without the client secret.</summary>
    public override string ToString() =>
        $"JumioClientOptions {{ ClientId = {ClientId ?? "<not set>"}, ClientSecret = {(string.IsNullOrEmpty(ClientSecret) ? "<not set>" : "<redacted>")}, " +
        $"UserAgent = {UserAgent ?? "<not set>"}, Region = {Region?.ToString() ?? "<from attribute>"}, " +
        $"TokenEndpoint = {Endpoints?.TokenEndpoint.ToString() ?? "<from region>"}, RefreshBeforeExpiry = {RefreshBeforeExpiry} }}";
}
