using System;

namespace JumioGen;

/// <summary>
/// Sends the parameter as the JSON request body, serialised with source-generated metadata: Jumio's models through
/// JumioGen's context, other types through the interface's <see cref="JumioApiAttribute.JsonContext"/>.
/// At most one per operation, and not together with <see cref="PartAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class BodyAttribute : Attribute
{
}
