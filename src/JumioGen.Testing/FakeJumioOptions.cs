using System;

namespace JumioGen.Testing;

/// <summary>Settings for a <see cref="FakeJumio"/> server. They are read once, when the server starts.</summary>
public sealed class FakeJumioOptions
{
    /// <summary>The OAuth2 client id the token endpoint accepts.</summary>
    public string ClientId { get; set; } = "fake-client-id";

    /// <summary>The OAuth2 client secret the token endpoint accepts.</summary>
    public string ClientSecret { get; set; } = "fake-client-secret";

    /// <summary>
    /// The clock for token lifetimes, the token rate limit, session deadlines and processing.
    /// Pass a <c>FakeTimeProvider</c> to drive time from a test instead of sleeping.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Lifetime of issued access tokens: the token response's <c>expires_in</c> and the JWT's <c>exp</c>. Default 1 hour, as Jumio.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a finalized workflow stays <c>ACQUIRED</c> (on <see cref="TimeProvider"/>) before it becomes <c>PROCESSED</c>.
    /// Default zero: processed as soon as it is finalized.
    /// </summary>
    public TimeSpan ProcessingTime { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Answers browsers' cross-origin requests (CORS preflights and headers) from any origin, so a device client running
    /// in a browser (Blazor WebAssembly) can upload to the fake from a page served by your app on another port.
    /// Default false: like a server-to-server API, the fake then sends no CORS headers and answers preflights with 404.
    /// </summary>
    public bool AllowCrossOriginRequests { get; set; }
}
