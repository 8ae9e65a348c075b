using System;

namespace JumioGen;

/// <summary>
/// Base of the HTTP method attributes (<see cref="GetAttribute"/>, <see cref="PostAttribute"/>, <see cref="PutAttribute"/>,
/// <see cref="DeleteAttribute"/>, <see cref="PatchAttribute"/>) that declare a custom operation on a <c>[JumioApi]</c>
/// interface, for anything Jumio offers beyond the standard operations.
/// </summary>
/// <remarks>
/// <para>
/// The path is relative to the service's host (for example <c>api/v1/accounts/{accountId}</c>); each <c>{name}</c> is
/// filled from the method parameter of that name, URL-escaped. Other parameters say what they are with
/// <see cref="QueryAttribute"/>, <see cref="HeaderAttribute"/>, <see cref="BodyAttribute"/>, <see cref="PartAttribute"/> or
/// <see cref="TransactionTokenAttribute"/>; a <see cref="System.Threading.CancellationToken"/> may sit anywhere.
/// </para>
/// <para>
/// Supported return types: <c>Task</c>, <c>Task&lt;T&gt;</c> (JSON), <c>Task&lt;JumioResponse&lt;T&gt;&gt;</c> (no exception
/// for an error status), <c>Task&lt;Stream&gt;</c> and <c>Task&lt;HttpResponseMessage&gt;</c>. JSON goes through
/// source-generated metadata: Jumio's models through JumioGen's own context, your types through the
/// <see cref="JumioApiAttribute.JsonContext"/> you name on the interface.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public abstract class JumioOperationAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="path">The path relative to the host, with <c>{parameter}</c> placeholders.</param>
    protected JumioOperationAttribute(string path) => Path = path;

    /// <summary>The path relative to the host, with <c>{parameter}</c> placeholders.</summary>
    public string Path { get; }

    /// <summary>
    /// The Jumio service the request goes to. When not set: <see cref="JumioHost.Api"/> for an operation authorised by a
    /// transaction token, <see cref="JumioHost.Retrieval"/> for GET and DELETE, <see cref="JumioHost.Account"/> for POST,
    /// PUT and PATCH — the hosts Jumio uses for those kinds of calls.
    /// </summary>
    public JumioHost Host { get; set; }
}
