using System;
using System.Collections.Generic;
using System.Linq;
using JumioGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace JumioGen.Generator;

/// <summary>
/// Reads one method of a <c>[JumioApi]</c> interface into an <see cref="OperationSpec"/>, collecting every
/// <see cref="DeclarationProblem"/> on the way. Shared by the generator (which needs the spec) and the analyzers
/// (which report the problems), so both apply exactly the same rules.
/// </summary>
internal sealed partial class OperationReader
{
    private readonly KnownTypes _known;
    private readonly JsonMetadata _json;
    private readonly EquatableArray<OperationSpec> _standard;

    public OperationReader(KnownTypes known, JsonMetadata json, EquatableArray<OperationSpec> standard)
    {
        _known = known;
        _json = json;
        _standard = standard;
    }

    /// <summary>The operation, or <see langword="null"/> when a problem blocks it; problems are added to <paramref name="problems"/>.</summary>
    public OperationSpec? Read(IMethodSymbol method, List<DeclarationProblem> problems)
    {
        var before = problems.Count;
        var operations = method.GetAttributes().Where(attribute => KnownTypes.DerivesFrom(attribute.AttributeClass, _known.OperationAttribute)).ToList();
        if (method.IsGenericMethod || method.ReturnsByRef || method.ReturnsByRefReadonly
            || method.DeclaredAccessibility is not (Accessibility.Public or Accessibility.NotApplicable))
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedMember, method, "generic, by-ref and non-public methods cannot be operations"));
            return null;
        }

        if (operations.Count == 0)
        {
            return Redeclared(method) ?? Missing(method, problems);
        }

        if (operations.Count > 1)
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedMember, method, "an operation has exactly one HTTP method attribute"));
            return null;
        }

        var operation = operations[0];
        var httpMethod = HttpMethodOf(operation.AttributeClass!);
        var route = RouteTemplate.Parse(operation.ConstructorArguments.Length == 1 ? operation.ConstructorArguments[0].Value as string : null);
        if (httpMethod is null || route.Error is not null)
        {
            problems.Add(new(DeclarationProblemKind.InvalidRoute, method, route.Error ?? "unknown HTTP method attribute", OnRoute: true));
        }

        var response = ReadResponse(method, problems);
        var parameters = ReadParameters(method, route, problems, out var transactionRequired, out var path);
        var transaction = parameters?.FirstOrDefault(parameter => parameter.Role == ParameterRole.Transaction);
        if (transactionRequired && parameters is not null && transaction is null)
        {
            problems.Add(new(DeclarationProblemKind.TransactionOperationWithoutTransaction, method,
                "[TransactionToken] on the method needs a JumioTransaction parameter whose token authorises the call"));
        }

        if (parameters is not null && !parameters.Any(parameter => parameter.Role == ParameterRole.CancellationToken))
        {
            problems.Add(new(DeclarationProblemKind.MissingCancellationToken, method));
        }

        if (problems.Skip(before).Any(problem => problem.Blocks) || response is null || parameters is null || httpMethod is null)
        {
            return null;
        }

        var host = HostOf(operation) ?? (transaction is not null ? "Api" : httpMethod is "Get" or "Delete" ? "Retrieval" : "Account");
        var target = new RequestTarget(TargetKind.ServicePath, host, path, transaction is not null ? "TransactionToken" : "AccessToken");
        return new OperationSpec(method.Name, null, httpMethod, target, parameters.ToEquatableArray(),
            response.Value.Kind, method.ReturnType.ToDisplayString(TypeFacts.Declared), response.Value.Type, response.Value.TypeInfo, false);
    }

    private OperationSpec? Missing(IMethodSymbol method, List<DeclarationProblem> problems)
    {
        var standard = _standard.FirstOrDefault(operation => operation.Name == method.Name);
        problems.Add(new(DeclarationProblemKind.UnsupportedMember, method, standard is null
            ? "add an HTTP method attribute such as [Get(\"path\")] or [Post(\"path\")]"
            : $"declare it exactly like the standard operation ({standard.ReturnType.Replace("global::", "")} {standard.Name}({string.Join(", ", standard.Parameters.Select(p => p.Type.Replace("global::", "")))})) or add an HTTP method attribute"));
        return null;
    }

    // A member declared exactly like a standard operation (e.g. to document it) is implemented as that operation.
    private OperationSpec? Redeclared(IMethodSymbol method)
    {
        foreach (var standard in _standard)
        {
            if (standard.Name == method.Name
                && standard.ReturnType == method.ReturnType.ToDisplayString(TypeFacts.Declared)
                && standard.Parameters.Count == method.Parameters.Length
                && method.Parameters.Select(p => p.RefKind == RefKind.None && !p.IsParams ? p.Type.ToDisplayString(TypeFacts.Declared) : "")
                    .SequenceEqual(standard.Parameters.Select(p => p.Type)))
            {
                return StandardOperations.Redeclared(standard, method.Parameters.Select(p => p.Name).ToList());
            }
        }

        return null;
    }

    private static string? HttpMethodOf(INamedTypeSymbol attribute) =>
        attribute.ContainingNamespace is { Name: "JumioGen", ContainingNamespace.IsGlobalNamespace: true } ? attribute.Name switch
        {
            "GetAttribute" => "Get",
            "PostAttribute" => "Post",
            "PutAttribute" => "Put",
            "DeleteAttribute" => "Delete",
            "PatchAttribute" => "Patch",
            _ => null,
        } : null;

    private string? HostOf(AttributeData operation)
    {
        foreach (var argument in operation.NamedArguments)
        {
            if (argument.Key == "Host" && argument.Value.Value is int value && _known.JumioHost is { } hostType)
            {
                return hostType.GetMembers().OfType<IFieldSymbol>()
                    .FirstOrDefault(field => field.HasConstantValue && field.ConstantValue is int constant && constant == value)?.Name;
            }
        }

        return null;
    }

    private (ResponseKind Kind, string? Type, string? TypeInfo)? ReadResponse(IMethodSymbol method, List<DeclarationProblem> problems)
    {
        var returnType = method.ReturnType;
        if (KnownTypes.Is(returnType, _known.Task) && returnType is INamedTypeSymbol { IsGenericType: false })
        {
            return (ResponseKind.None, null, null);
        }

        if (!KnownTypes.Is(returnType, _known.TaskOfT) || returnType is not INamedTypeSymbol { TypeArguments.Length: 1 } task
            || !TypeFacts.IsNameable(returnType, _known.Compilation))
        {
            problems.Add(new(DeclarationProblemKind.UnsupportedReturnType, method,
                $"{returnType.ToDisplayString()} is not Task, Task<T>, Task<JumioResponse<T>>, Task<Stream> or Task<HttpResponseMessage>"));
            return null;
        }

        var result = task.TypeArguments[0];
        if (KnownTypes.Is(result, _known.Stream))
        {
            return (ResponseKind.Stream, null, null);
        }

        if (KnownTypes.Is(result, _known.HttpResponseMessage))
        {
            return (ResponseKind.HttpResponse, null, null);
        }

        var kind = ResponseKind.Json;
        if (KnownTypes.Is(result, _known.JumioResponse) && result is INamedTypeSymbol { TypeArguments.Length: 1 } response)
        {
            kind = ResponseKind.JsonResponse;
            result = response.TypeArguments[0];
        }

        if (_json.TypeInfo(result, out var problem) is not { } typeInfo)
        {
            problems.Add(new(DeclarationProblemKind.MissingJsonContext, method, problem));
            return null;
        }

        return (kind, TypeFacts.WithoutAnnotation(result).ToDisplayString(TypeFacts.Plain), typeInfo);
    }
}
