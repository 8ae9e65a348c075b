using System;

namespace JumioGen;

/// <summary>
/// Sends the parameter as a request header, e.g. <c>[Header("X-Correlation-Id")] string correlationId</c>; a
/// <see langword="null"/> value sends no header. The <c>Authorization</c> header is JumioGen's: use the access token
/// (the default) or <see cref="TransactionTokenAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class HeaderAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The header name.</param>
    public HeaderAttribute(string name) => Name = name;

    /// <summary>The header name.</summary>
    public string Name { get; }
}
