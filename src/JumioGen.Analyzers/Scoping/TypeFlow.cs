using JumioGen.Analyzers.Http;
using JumioGen.Analyzers.ValueFlow;

namespace JumioGen.Analyzers.Scoping;

/// <summary>
/// What the value-following rules know about one type: the values assigned to its locals, fields and properties, a
/// resolver over them, and (walked again only when first asked for) its HTTP objects. Built only for a type with
/// something to check, at symbol end.
/// </summary>
internal sealed class TypeFlow
{
    private readonly TypeOperations operations;
    private readonly KnownTypes types;
    private HttpUsage? http;

    private TypeFlow(TypeOperations operations, KnownTypes types, AssignedValues values)
    {
        this.operations = operations;
        this.types = types;
        Values = values;
        Resolver = new StringResolver(values, types.Uri);
    }

    public AssignedValues Values { get; }

    public StringResolver Resolver { get; }

    /// <summary>The type's HTTP objects; a hard-coded secret that is never sent anywhere needs none of them.</summary>
    public HttpUsage Http
    {
        get
        {
            if (http is null)
            {
                var usage = new HttpUsage(types, Values);
                operations.Walk(usage.Collect);
                http = usage;
            }

            return http;
        }
    }

    public static TypeFlow Collect(TypeOperations operations, KnownTypes types)
    {
        var values = new AssignedValues(types.IsFollowed);
        operations.Walk(values.Collect);
        return new TypeFlow(operations, types, values);
    }
}
