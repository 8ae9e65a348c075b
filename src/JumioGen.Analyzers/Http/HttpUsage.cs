using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using JumioGen.Analyzers.Hosts;
using JumioGen.Analyzers.ValueFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace JumioGen.Analyzers.Http;

/// <summary>
/// How one type uses HttpClient, HttpRequestMessage and message handlers: which addresses each object talks to,
/// which requests go through which client, which handler sits under which client. Gathered by one walk over the
/// type's operations at symbol end (<see cref="Scoping.TypeFlow"/>; single-threaded, hence plain collections), then queried.
/// </summary>
internal sealed class HttpUsage
{
    private const int MaxDepth = 6;

    private readonly KnownTypes types;
    private readonly AssignedValues assignedValues;
    private readonly Dictionary<object, List<object>> aliases = new(TargetKey.Comparer);
    private readonly Dictionary<object, List<Address>> addresses = new(TargetKey.Comparer);
    private readonly Dictionary<object, List<object>> sentThrough = new(TargetKey.Comparer);
    private readonly Dictionary<object, List<object>> clientsOfHandler = new(TargetKey.Comparer);
    private readonly Dictionary<object, List<IOperation>> builderOfHandler = new(TargetKey.Comparer);
    private readonly Dictionary<object, bool> jumioClientHandlers = new(TargetKey.Comparer);

    public HttpUsage(KnownTypes types, AssignedValues assignedValues)
    {
        this.types = types;
        this.assignedValues = assignedValues;
    }

    public void Collect(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation creation:
                CollectCreation(creation);
                break;
            case ISimpleAssignmentOperation assignment:
                CollectAssignment(assignment);
                break;
            case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                Alias(declarator.Symbol, initializer.Value);
                break;
            case IFieldInitializerOperation fieldInitializer:
                foreach (var field in fieldInitializer.InitializedFields)
                {
                    Alias(field, fieldInitializer.Value);
                }

                break;
            case IPropertyInitializerOperation propertyInitializer:
                foreach (var property in propertyInitializer.InitializedProperties)
                {
                    Alias(property, propertyInitializer.Value);
                }

                break;
            case IInvocationOperation invocation:
                CollectInvocation(invocation);
                break;
        }
    }

    /// <summary>Every absolute address (with holes) a request can go to.</summary>
    public IReadOnlyList<string> AddressesOfRequest(object request, StringResolver resolver)
    {
        var group = AliasGroup(request);
        var own = Absolute(group, resolver, includeCalls: true, baseOnly: false);
        if (own.Count > 0)
        {
            return own;
        }

        // A relative request URI is resolved against the BaseAddress of the client that sends it.
        return Absolute(Linked(group, sentThrough), resolver, includeCalls: false, baseOnly: true);
    }

    /// <summary>Every absolute address (with holes) a client's requests can go to.</summary>
    public IReadOnlyList<string> AddressesOfClient(object client, StringResolver resolver)
    {
        var group = AliasGroup(client);
        return Absolute(group, resolver, includeCalls: true, baseOnly: false)
            .Concat(Absolute(Linked(group, sentThrough), resolver, includeCalls: true, baseOnly: false))
            .Distinct()
            .ToList();
    }

    /// <summary>True when the handler ends up under a JumioGen client or an HttpClient that talks to a Jumio host.</summary>
    public bool IsUsedByJumioClient(object handler, StringResolver resolver)
    {
        var group = AliasGroup(handler);
        if (group.Any(jumioClientHandlers.ContainsKey))
        {
            return true;
        }

        foreach (var key in group)
        {
            if (builderOfHandler.TryGetValue(key, out var builders) && builders.Any(b => IsJumioBuilder(b, resolver, 0)))
            {
                return true;
            }
        }

        return Linked(group, clientsOfHandler).Any(client => AddressesOfClient(client, resolver).Any(IsJumioAddress));
    }

    /// <summary>The objects an object is known to be (the variable it was stored in, the <c>new</c> that made it, …).</summary>
    public HashSet<object> AliasGroup(object start)
    {
        var group = new HashSet<object>(TargetKey.Comparer) { start };
        var pending = new Queue<object>();
        pending.Enqueue(start);
        while (pending.Count > 0 && group.Count < 64)
        {
            var key = pending.Dequeue();
            if (aliases.TryGetValue(key, out var neighbours))
            {
                foreach (var neighbour in neighbours)
                {
                    if (group.Add(neighbour))
                    {
                        pending.Enqueue(neighbour);
                    }
                }
            }
        }

        return group;
    }

    private static bool IsJumioAddress(string address) => JumioUrl.TryParse(address, out var url) && url.IsJumio;

    private HashSet<object> Linked(HashSet<object> group, Dictionary<object, List<object>> links)
    {
        var linked = new HashSet<object>(TargetKey.Comparer);
        foreach (var key in group)
        {
            if (links.TryGetValue(key, out var others))
            {
                foreach (var other in others)
                {
                    linked.UnionWith(AliasGroup(other));
                }
            }
        }

        return linked;
    }

    private IReadOnlyList<string> Absolute(IEnumerable<object> group, StringResolver resolver, bool includeCalls, bool baseOnly)
    {
        var result = new List<string>();
        foreach (var key in group)
        {
            if (!addresses.TryGetValue(key, out var queue))
            {
                continue;
            }

            foreach (var address in queue)
            {
                if (baseOnly && !address.IsBase || !includeCalls && address.IsCall)
                {
                    continue;
                }

                result.AddRange(resolver.Resolve(address.Value).Where(v => JumioUrl.TryParse(v, out _)));
            }
        }

        return result.Distinct().ToList();
    }

    private void CollectCreation(IObjectCreationOperation creation)
    {
        if (Operations.IsType(creation.Type, types.HttpRequestMessage) && Operations.Argument(creation, "requestUri") is { } requestUri)
        {
            AddAddress(creation.Syntax, requestUri, isBase: false, isCall: false);
        }

        if (Operations.IsType(creation.Type, types.HttpClient) && Operations.Argument(creation, "handler") is { } handler && TargetKey.Of(handler) is { } handlerKey)
        {
            Add(clientsOfHandler, handlerKey, creation.Syntax);
        }
    }

    private void CollectAssignment(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "BaseAddress" or "RequestUri" } property
            && (Operations.IsType(property.Property.ContainingType, types.HttpClient) || Operations.IsType(property.Property.ContainingType, types.HttpRequestMessage))
            && TargetKey.Of(property.Instance) is { } owner)
        {
            AddAddress(owner, assignment.Value, isBase: property.Property.Name == "BaseAddress", isCall: false);
        }

        if (AssignedValues.SymbolOf(assignment.Target) is { } symbol)
        {
            Alias(symbol, assignment.Value);
        }
    }

    private void CollectInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (types.IsJumioClientCreate(method) && Operations.Argument(invocation, "innerHandler") is { } inner && TargetKey.Of(inner) is { } innerKey)
        {
            jumioClientHandlers[innerKey] = true;
            return;
        }

        if (method.Name == "ConfigurePrimaryHttpMessageHandler")
        {
            CollectPrimaryHandler(invocation);
            return;
        }

        var receiver = Operations.Receiver(invocation);
        if (receiver is null || !Operations.DerivesFrom(Operations.SkipConversions(receiver)?.Type, types.HttpClient) || TargetKey.Of(receiver) is not { } client)
        {
            return;
        }

        if (Operations.Argument(invocation, "requestUri") is { } requestUri)
        {
            AddAddress(client, requestUri, isBase: false, isCall: true);
        }

        if (Operations.Argument(invocation, "request") is { } request && TargetKey.Of(request) is { } requestKey)
        {
            Add(sentThrough, client, requestKey);
            Add(sentThrough, requestKey, client);
        }
    }

    // builder.ConfigurePrimaryHttpMessageHandler(() => handler) / (handler => …) / ((handler, services) => …)
    private void CollectPrimaryHandler(IInvocationOperation invocation)
    {
        var builder = Operations.Receiver(invocation);
        if (builder is null)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (ReferenceEquals(argument.Value, builder))
            {
                continue;
            }

            if (Operations.SkipConversions(argument.Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                foreach (var parameter in lambda.Symbol.Parameters)
                {
                    Add(builderOfHandler, parameter, builder);
                }

                foreach (var returned in lambda.Body.Descendants().OfType<IReturnOperation>())
                {
                    if (TargetKey.Of(returned.ReturnedValue) is { } handler)
                    {
                        Add(builderOfHandler, handler, builder);
                    }
                }
            }
        }
    }

    // services.AddJumioClient<T>(…)[.AddHttpMessageHandler(…)…], or AddHttpClient(…, c => c.BaseAddress = <Jumio host>), possibly via a variable.
    private bool IsJumioBuilder(IOperation? builder, StringResolver resolver, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        var operation = Operations.SkipConversions(builder);
        if (operation is IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (types.IsAddJumioClient(method))
            {
                return true;
            }

            if (method.Name == "AddHttpClient" && ConfiguresJumioBaseAddress(invocation, resolver))
            {
                return true;
            }

            return method.ReturnType.Name == "IHttpClientBuilder" && IsJumioBuilder(Operations.Receiver(invocation), resolver, depth + 1);
        }

        return AssignedValues.SymbolOf(operation) is { } symbol && assignedValues.Of(symbol).Any(value => IsJumioBuilder(value, resolver, depth + 1));
    }

    private bool ConfiguresJumioBaseAddress(IInvocationOperation addHttpClient, StringResolver resolver)
    {
        foreach (var argument in addHttpClient.Arguments)
        {
            if (Operations.SkipConversions(argument.Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                foreach (var parameter in lambda.Symbol.Parameters)
                {
                    if (Operations.IsType(parameter.Type, types.HttpClient) && AddressesOfClient(parameter, resolver).Any(IsJumioAddress))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private void Alias(ISymbol symbol, IOperation? value)
    {
        var type = Operations.SkipConversions(value)?.Type;
        if (!IsHttpObject(type) || TargetKey.Of(value) is not { } other)
        {
            return;
        }

        Add(aliases, symbol, other);
        Add(aliases, other, symbol);
    }

    private bool IsHttpObject(ITypeSymbol? type) =>
        Operations.DerivesFrom(type, types.HttpClient)
        || Operations.DerivesFrom(type, types.HttpRequestMessage)
        || Operations.DerivesFrom(type, types.HttpClientHandler)
        || Operations.DerivesFrom(type, types.SocketsHttpHandler)
        || type?.Name is "HttpMessageHandler" or "IHttpClientBuilder";

    private void AddAddress(object owner, IOperation value, bool isBase, bool isCall) =>
        Add(addresses, owner, new Address(value, isBase, isCall));

    private static void Add<T>(Dictionary<object, List<T>> map, object key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<T>();
            map.Add(key, list);
        }

        list.Add(value);
    }

    private readonly struct Address
    {
        public Address(IOperation value, bool isBase, bool isCall)
        {
            Value = value;
            IsBase = isBase;
            IsCall = isCall;
        }

        public IOperation Value { get; }

        public bool IsBase { get; }

        public bool IsCall { get; }
    }
}
