using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using JumioGen.Analyzers.Scoping;
using JumioGen.Analyzers.ValueFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace JumioGen.Analyzers.Http;

/// <summary>
/// Places in one type where an <c>Authorization</c> request header is set (<c>Headers.Authorization = …</c>,
/// <c>DefaultRequestHeaders.Authorization = …</c>, <c>TryAddWithoutValidation("Authorization", …)</c>), resolved at
/// symbol end into the HTTP Basic ones together with the addresses their request or client talks to.
/// </summary>
internal sealed class BasicCredentialSites
{
    /// <summary>
    /// A site only counts once it is traced to <c>request.Headers</c> or <c>client.DefaultRequestHeaders</c> in the same
    /// type, so a type whose source never says "Headers" has none (see <see cref="Scoping.TypeSource"/>).
    /// </summary>
    public static readonly ImmutableArray<string> RequiredWords = ImmutableArray.Create("Headers");

    private const int MaxDepth = 4;

    private readonly KnownTypes types;
    private readonly List<Site> sites = new();

    public BasicCredentialSites(KnownTypes types) => this.types = types;

    /// <summary>True when the type sets no Authorization header at all.</summary>
    public bool IsEmpty => sites.Count == 0;

    public void Collect(IOperation operation)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Authorization" } property } assignment
                when Operations.DerivesFrom(property.Property.ContainingType, types.HttpRequestHeaders):
                sites.Add(new Site(property.Instance, assignment.Value, isHeaderValue: true, ReportedSyntax(assignment.Value)));
                break;
            case IInvocationOperation { TargetMethod.Name: "TryAddWithoutValidation" or "Add", Arguments.Length: 2 } invocation
                when invocation.Instance is { } headers
                    && Operations.DerivesFrom(invocation.TargetMethod.ContainingType, types.HttpHeaders)
                    && Operations.DerivesFrom(Operations.SkipConversions(headers)?.Type, types.HttpRequestHeaders)
                    && invocation.Arguments[1].Value.Type?.SpecialType == SpecialType.System_String
                    && string.Equals(invocation.Arguments[0].Value.ConstantValue.Value as string, "Authorization", StringComparison.OrdinalIgnoreCase):
                sites.Add(new Site(headers, invocation.Arguments[1].Value, isHeaderValue: false, invocation.Syntax));
                break;
        }
    }

    /// <summary>The Basic credentials of this type, with the absolute addresses (with holes) they are sent to.</summary>
    /// <param name="worthFollowing">When given, only credentials it accepts get their addresses looked up (and
    /// returned): the type's HTTP objects are then only collected when one is accepted.</param>
    public IEnumerable<BasicCredential> Resolve(TypeFlow flow, Func<IOperation, bool>? worthFollowing = null)
    {
        var values = flow.Values;
        var resolver = flow.Resolver;
        foreach (var site in sites)
        {
            var credential = site.IsHeaderValue ? BasicHeaderValue(site.Value, values, 0) : BasicHeaderString(site.Value, resolver);
            if (credential is null || worthFollowing?.Invoke(credential) == false)
            {
                continue;
            }

            var addresses = new List<string>();
            foreach (var (owner, isClient) in Owners(site.Headers, values, 0))
            {
                addresses.AddRange(isClient ? flow.Http.AddressesOfClient(owner, resolver) : flow.Http.AddressesOfRequest(owner, resolver));
            }

            if (addresses.Count > 0)
            {
                yield return new BasicCredential(site.Syntax, credential, addresses.Distinct().ToList());
            }
        }
    }

    // Point at the `new AuthenticationHeaderValue("Basic", …)` itself when it is written right there.
    private static SyntaxNode ReportedSyntax(IOperation value) => (Operations.SkipConversions(value) ?? value).Syntax;

    // new AuthenticationHeaderValue("Basic", parameter), new BasicAuthenticationHeaderValue(user, password), or a variable holding one.
    private IOperation? BasicHeaderValue(IOperation? value, AssignedValues values, int depth)
    {
        var operation = Operations.SkipConversions(value);
        if (depth > MaxDepth || operation is null)
        {
            return null;
        }

        if (operation is IObjectCreationOperation creation && Operations.DerivesFrom(creation.Type, types.AuthenticationHeaderValue))
        {
            if (creation.Type?.Name == "BasicAuthenticationHeaderValue")
            {
                return creation;
            }

            var scheme = Operations.Argument(creation, "scheme")?.ConstantValue.Value as string;
            return string.Equals(scheme, "Basic", StringComparison.OrdinalIgnoreCase) ? Operations.Argument(creation, "parameter") ?? creation : null;
        }

        if (AssignedValues.SymbolOf(operation) is { } symbol)
        {
            foreach (var assigned in values.Of(symbol))
            {
                if (BasicHeaderValue(assigned, values, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static IOperation? BasicHeaderString(IOperation value, StringResolver resolver) =>
        resolver.Resolve(value).Any(v => v.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) ? value : null;

    // The request or client whose headers these are: request.Headers, client.DefaultRequestHeaders,
    // new HttpRequestMessage(…) { Headers = { Authorization = … } }, or a variable holding such headers.
    private IEnumerable<(object Owner, bool IsClient)> Owners(IOperation? headers, AssignedValues values, int depth)
    {
        var operation = Operations.SkipConversions(headers);
        if (depth > MaxDepth || operation is null)
        {
            yield break;
        }

        if (operation is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            operation = Operations.ImplicitReceiverTarget(operation);
        }

        if (operation is IPropertyReferenceOperation { Property.Name: "Headers" or "DefaultRequestHeaders" } property)
        {
            var isClient = Operations.DerivesFrom(property.Property.ContainingType, types.HttpClient);
            if ((isClient || Operations.DerivesFrom(property.Property.ContainingType, types.HttpRequestMessage)) && TargetKey.Of(property.Instance) is { } owner)
            {
                yield return (owner, isClient);
            }

            yield break;
        }

        if (AssignedValues.SymbolOf(operation) is { } symbol)
        {
            foreach (var assigned in values.Of(symbol))
            {
                foreach (var owner in Owners(assigned, values, depth + 1))
                {
                    yield return owner;
                }
            }
        }
    }

    private sealed class Site
    {
        public Site(IOperation? headers, IOperation value, bool isHeaderValue, SyntaxNode syntax)
        {
            Headers = headers;
            Value = value;
            IsHeaderValue = isHeaderValue;
            Syntax = syntax;
        }

        public IOperation? Headers { get; }

        public IOperation Value { get; }

        public bool IsHeaderValue { get; }

        public SyntaxNode Syntax { get; }
    }
}

/// <summary>An HTTP Basic credential that is sent to the given absolute addresses.</summary>
internal sealed class BasicCredential
{
    public BasicCredential(SyntaxNode syntax, IOperation credential, IReadOnlyList<string> addresses)
    {
        Syntax = syntax;
        Credential = credential;
        Addresses = addresses;
    }

    /// <summary>Where to report: the header value, or the TryAddWithoutValidation call.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>
    /// The credential expression: the AuthenticationHeaderValue parameter (base64 of "id:secret"), the
    /// BasicAuthenticationHeaderValue creation, or the whole "Basic …" header string.
    /// </summary>
    public IOperation Credential { get; }

    public IReadOnlyList<string> Addresses { get; }
}
