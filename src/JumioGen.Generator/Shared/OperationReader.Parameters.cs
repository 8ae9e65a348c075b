using System;
using System.Collections.Generic;
using System.Linq;
using JumioGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace JumioGen.Generator;

/// <summary>What each parameter of a custom operation fills: route, query, header, body, part, transaction or cancellation.</summary>
internal sealed partial class OperationReader
{
    private const string SimpleValues = "text, a number, a boolean, an enum, a date or time, or a Guid";

    private List<ParameterSpec>? ReadParameters(IMethodSymbol method, RouteTemplate route, List<DeclarationProblem> problems, out bool transactionRequired, out string path)
    {
        transactionRequired = method.GetAttributes().Any(attribute => KnownTypes.Is(attribute.AttributeClass, _known.TransactionTokenAttribute));
        var before = problems.Count;
        var placeholders = route.Error is null ? route.Placeholders : [];
        var routeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<ParameterSpec>();
        bool hasBody = false, hasParts = false, hasCancellation = false, hasTransaction = false;
        foreach (var parameter in method.Parameters)
        {
            var type = parameter.Type;
            if (parameter.RefKind != RefKind.None || !TypeFacts.IsNameable(type, _known.Compilation) || HasNullabilityAttributes(parameter))
            {
                problems.Add(new(DeclarationProblemKind.UnsupportedParameterType, parameter, parameter.RefKind != RefKind.None ? "ref, out and in parameters cannot be sent"
                    : HasNullabilityAttributes(parameter) ? "nullability attributes (System.Diagnostics.CodeAnalysis) are not supported on operation parameters; use T or T?"
                    : $"{type.ToDisplayString()} cannot be used by generated code"));
                ClaimPlaceholder(parameter, placeholders, routeNames); // one problem is enough: the route has its parameter
                continue;
            }

            var roles = parameter.GetAttributes().Where(IsRoleAttribute).ToList();
            if (roles.Count > 1)
            {
                problems.Add(new(DeclarationProblemKind.UnsupportedParameterType, parameter, "a parameter has one role: [Query], [Header], [Body], [Part] or [TransactionToken]"));
                continue;
            }

            var spec = new ParameterSpec(parameter.Name, type.ToDisplayString(TypeFacts.Declared), ParameterRole.Path) { AllowsNull = TypeFacts.AllowsNull(type) };
            var role = roles.FirstOrDefault();
            if (KnownTypes.Is(type, _known.CancellationToken))
            {
                if (role is not null)
                {
                    problems.Add(new(DeclarationProblemKind.UnsupportedParameterType, parameter, "a CancellationToken cancels the call; it is not sent"));
                }
                else if (hasCancellation)
                {
                    problems.Add(new(DeclarationProblemKind.DuplicateCancellationToken, parameter));
                }

                hasCancellation = true;
                result.Add(spec with { Role = ParameterRole.CancellationToken });
                continue;
            }

            ParameterSpec? read;
            var roleClass = role?.AttributeClass;
            if (KnownTypes.Is(roleClass, _known.BodyAttribute))
            {
                if (hasBody)
                {
                    problems.Add(new(DeclarationProblemKind.DuplicateBody, parameter, "an operation has at most one [Body]"));
                }

                hasBody = true;
                read = Json(parameter, spec with { Role = ParameterRole.Body, RejectsNull = RejectsNull(type) }, problems);
            }
            else if (KnownTypes.Is(roleClass, _known.QueryAttribute))
            {
                read = Query(parameter, role!, spec, problems);
            }
            else if (KnownTypes.Is(roleClass, _known.HeaderAttribute))
            {
                read = Header(parameter, role!, spec, problems);
            }
            else if (KnownTypes.Is(roleClass, _known.PartAttribute))
            {
                hasParts = true;
                read = Part(parameter, role!, spec, problems);
            }
            else if (KnownTypes.Is(roleClass, _known.TransactionTokenAttribute) || (role is null && transactionRequired && !hasTransaction && KnownTypes.Is(type, _known.JumioTransaction)))
            {
                read = Transaction(parameter, spec, hasTransaction, problems);
                hasTransaction = true;
            }
            else
            {
                read = RouteValue(parameter, placeholders, routeNames, spec, route.Error is null ? problems : []);
            }

            if (read is not null)
            {
                result.Add(read);
            }
        }

        if (hasBody && hasParts)
        {
            problems.Add(new(DeclarationProblemKind.DuplicateBody, method, "a [Body] cannot be sent together with [Part]s"));
        }

        foreach (var placeholder in placeholders.Where(placeholder => !routeNames.ContainsKey(placeholder)))
        {
            problems.Add(new(DeclarationProblemKind.RouteParameterMissing, method, placeholder, OnRoute: true));
        }

        path = RouteTemplate.RenamePlaceholders(route.Path, routeNames);
        return problems.Skip(before).Any(problem => problem.Blocks) ? null : result;
    }

    private bool IsRoleAttribute(AttributeData attribute) =>
        KnownTypes.Is(attribute.AttributeClass, _known.QueryAttribute) || KnownTypes.Is(attribute.AttributeClass, _known.HeaderAttribute)
        || KnownTypes.Is(attribute.AttributeClass, _known.BodyAttribute) || KnownTypes.Is(attribute.AttributeClass, _known.PartAttribute)
        || KnownTypes.Is(attribute.AttributeClass, _known.TransactionTokenAttribute);

    // Declared non-nullable reference values are checked before anything is built; nullable ones are simply left out.
    private static bool RejectsNull(ITypeSymbol type) => type.IsReferenceType && !TypeFacts.AllowsNull(type);

    private ParameterSpec? Json(IParameterSymbol parameter, ParameterSpec spec, List<DeclarationProblem> problems)
    {
        if (_json.TypeInfo(parameter.Type, out var problem) is { } typeInfo)
        {
            return spec with { JsonTypeInfo = typeInfo };
        }

        problems.Add(new(DeclarationProblemKind.MissingJsonContext, parameter, problem));
        return null;
    }

    private static ParameterSpec? Query(IParameterSymbol parameter, AttributeData attribute, ParameterSpec spec, List<DeclarationProblem> problems)
    {
        var name = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : parameter.Name;
        if (string.IsNullOrEmpty(name))
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedParameterType, parameter, "the query name is empty"));
            return null;
        }

        var isCollection = !TypeFacts.IsSimple(parameter.Type);
        if (isCollection && TypeFacts.SimpleCollectionItem(parameter.Type) is null)
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedParameterType, parameter, $"a query value is {SimpleValues}, or a collection of them"));
            return null;
        }

        return spec with { Role = ParameterRole.Query, Key = name, IsCollection = isCollection };
    }

    private static ParameterSpec? Header(IParameterSymbol parameter, AttributeData attribute, ParameterSpec spec, List<DeclarationProblem> problems)
    {
        var name = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var problem = !IsHeaderName(name) ? "the header name is not a valid HTTP header name"
            : string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) ? "JumioGen sets the Authorization header (access token, or [TransactionToken])"
            : name!.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) ? "content headers belong to the body, not the request"
            : !TypeFacts.IsSimple(parameter.Type) ? $"a header value is {SimpleValues}"
            : null;
        if (problem is not null)
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedParameterType, parameter, problem));
            return null;
        }

        return spec with { Role = ParameterRole.Header, Key = name };
    }

    private ParameterSpec? Part(IParameterSymbol parameter, AttributeData attribute, ParameterSpec spec, List<DeclarationProblem> problems)
    {
        var name = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var fileName = Named(attribute, "FileName");
        var contentType = Named(attribute, "ContentType");
        if (string.IsNullOrEmpty(name) || (contentType is not null && !IsMediaType(contentType)))
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedParameterType, parameter, string.IsNullOrEmpty(name)
                ? "the part name is empty" : $"\"{contentType}\" is not a content type such as image/png"));
            return null;
        }

        var type = parameter.Type;
        var kind = KnownTypes.DerivesFrom(type, _known.Stream) ? PartKind.Stream
            : type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte } ? PartKind.Bytes
            : type.SpecialType == SpecialType.System_String ? PartKind.Text
            : KnownTypes.DerivesFrom(type, _known.HttpContent) ? PartKind.Content
            : PartKind.Json;
        spec = spec with { Role = ParameterRole.Part, Key = name, PartKind = kind, FileName = fileName, ContentType = contentType, RejectsNull = RejectsNull(type) };
        return kind == PartKind.Json ? Json(parameter, spec, problems) : spec;
    }

    private ParameterSpec? Transaction(IParameterSymbol parameter, ParameterSpec spec, bool hasTransaction, List<DeclarationProblem> problems)
    {
        var problem = !KnownTypes.Is(parameter.Type, _known.JumioTransaction) ? "[TransactionToken] goes on a JumioTransaction parameter"
            : hasTransaction ? "an operation is authorised by one transaction"
            : null;
        if (problem is not null)
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedParameterType, parameter, problem));
            return null;
        }

        return spec with { Role = ParameterRole.Transaction, RejectsNull = true };
    }

    private static void ClaimPlaceholder(IParameterSymbol parameter, IReadOnlyList<string> placeholders, Dictionary<string, string> routeNames)
    {
        if (placeholders.FirstOrDefault(name => string.Equals(name, parameter.Name, StringComparison.OrdinalIgnoreCase) && !routeNames.ContainsKey(name)) is { } placeholder)
        {
            routeNames[placeholder] = parameter.Name;
        }
    }

    private static ParameterSpec? RouteValue(IParameterSymbol parameter, IReadOnlyList<string> placeholders, Dictionary<string, string> routeNames, ParameterSpec spec, List<DeclarationProblem> problems)
    {
        var placeholder = placeholders.FirstOrDefault(name => name == parameter.Name && !routeNames.ContainsKey(name))
            ?? placeholders.FirstOrDefault(name => string.Equals(name, parameter.Name, StringComparison.OrdinalIgnoreCase) && !routeNames.ContainsKey(name));
        if (placeholder is null)
        {
            problems.Add(new(DeclarationProblemKind.ParameterNotInRoute, parameter, parameter.Name));
            return null;
        }

        routeNames[placeholder] = parameter.Name;
        if (!TypeFacts.IsSimple(parameter.Type))
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedParameterType, parameter, $"a route value is {SimpleValues}"));
            return null;
        }

        return spec;
    }

    private static bool HasNullabilityAttributes(IParameterSymbol parameter) =>
        parameter.GetAttributes().Any(attribute => attribute.AttributeClass?.ContainingNamespace?.ToDisplayString() == "System.Diagnostics.CodeAnalysis");

    private static string? Named(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(argument => argument.Key == name).Value.Value as string;

    // RFC 9110 token characters.
    private static bool IsHeaderName(string? name) =>
        !string.IsNullOrEmpty(name) && name!.All(c => c < 128 && (char.IsLetterOrDigit(c) || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0));

    private static bool IsMediaType(string value)
    {
        var slash = value.IndexOf('/');
        return slash > 0 && slash < value.Length - 1 && value.IndexOf(' ') < 0 && value.IndexOf('/', slash + 1) < 0;
    }
}
