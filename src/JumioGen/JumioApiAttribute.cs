using System;

namespace JumioGen;

/// <summary>
/// Marks a <c>partial interface</c> as a Jumio client. At build time JumioGen's source generator adds the Jumio
/// operations to the interface and emits an implementation that authorises every call with an OAuth2 bearer token.
/// </summary>
/// <example>
/// <code>
/// [JumioApi(Region.EU)]
/// public partial interface IJumio;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class JumioApiAttribute : Attribute
{
    /// <summary>Creates the attribute for the data centre the client talks to by default.</summary>
    /// <param name="region">The Jumio data centre; <see cref="JumioClientOptions.Region"/> or <see cref="JumioClientOptions.Endpoints"/> override it at run time.</param>
    public JumioApiAttribute(Region region) => Region = region;

    /// <summary>The data centre the client talks to unless its options say otherwise.</summary>
    public Region Region { get; }

    /// <summary>
    /// Whether the standard Jumio operations (create account, upload, finalize, status, details, ...) are added to
    /// the interface. Defaults to <see langword="true"/>.
    /// </summary>
    public bool StandardOperations { get; set; } = true;

    /// <summary>
    /// The source-generated <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> (for example
    /// <c>typeof(MyJsonContext)</c>) that serialises your own types in custom operations — bodies, JSON parts and
    /// results — without reflection, so the client stays trimming- and AOT-safe. List each such type on it with
    /// <c>[JsonSerializable(typeof(T))]</c>. Jumio's own models always use JumioGen's context.
    /// </summary>
    public Type? JsonContext { get; set; }

    /// <summary>
    /// <see cref="JumioClientMode.Server"/> (default) for a client that holds the secret; <see cref="JumioClientMode.Device"/>
    /// for apps that ship to end users: only <c>StartAsync</c>, <c>UploadPartAsync</c> and <c>FinalizeAsync</c>, no secret.
    /// </summary>
    public JumioClientMode Mode { get; set; } = JumioClientMode.Server;
}
