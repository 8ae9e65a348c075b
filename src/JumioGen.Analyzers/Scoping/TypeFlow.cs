using JumioGen.Analyzers.Http;
using JumioGen.Analyzers.ValueFlow;

namespace JumioGen.Analyzers.Scoping;

/// <summary>
/// What the value-following rules know about one type: the values assigned to its locals, fields and properties,
/// its HTTP objects, and a resolver over both. Built in one walk, only for a type with something to check.
/// </summary>
internal sealed class TypeFlow
{
    private TypeFlow(AssignedValues values, HttpUsage http, StringResolver resolver)
    {
        Values = values;
        Http = http;
        Resolver = resolver;
    }

    public AssignedValues Values { get; }

    public HttpUsage Http { get; }

    public StringResolver Resolver { get; }

    public static TypeFlow Collect(TypeOperations operations, KnownTypes types)
    {
        var values = new AssignedValues(types.IsFollowed);
        var http = new HttpUsage(types, values);
        operations.Walk(operation =>
        {
            values.Collect(operation);
            http.Collect(operation);
        });
        return new TypeFlow(values, http, new StringResolver(values, types.Uri));
    }
}
