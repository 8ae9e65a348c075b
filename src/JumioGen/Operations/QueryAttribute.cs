using System;

namespace JumioGen;

/// <summary>
/// Sends the parameter as a query-string value: <c>?name=value</c>, URL-escaped and formatted with the invariant
/// culture (dates as ISO 8601, booleans as <c>true</c>/<c>false</c>). A collection sends one <c>name=value</c> per item;
/// <see langword="null"/> values are left out.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class QueryAttribute : Attribute
{
    /// <summary>Uses the parameter's name as the query name.</summary>
    public QueryAttribute()
    {
    }

    /// <summary>Uses <paramref name="name"/> as the query name, e.g. <c>[Query("page_size")] int pageSize</c>.</summary>
    /// <param name="name">The name in the query string.</param>
    public QueryAttribute(string name) => Name = name;

    /// <summary>The name in the query string; <see langword="null"/> means the parameter's name.</summary>
    public string? Name { get; }
}
