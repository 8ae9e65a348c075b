namespace JumioGen;

/// <summary>Where a generated client runs, which decides what it may hold.</summary>
public enum JumioClientMode
{
    /// <summary>On your server: holds the client secret, gets access tokens, may call every operation (the default).</summary>
    Server,

    /// <summary>
    /// On an end-user device (Blazor WebAssembly, MAUI, WPF, ...): holds no secret and no access token. It asks your
    /// server for a transaction (<c>StartAsync</c>) and uploads/finalizes with the transaction token only.
    /// </summary>
    Device,
}
