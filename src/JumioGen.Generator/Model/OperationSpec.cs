namespace JumioGen.Generator.Model;

/// <summary>One HTTP operation of a Jumio client.</summary>
/// <param name="Name">Method name, e.g. <c>GetWorkflowStatusAsync</c>.</param>
/// <param name="Summary">XML doc summary for the interface member.</param>
/// <param name="HttpMethod">A <c>System.Net.Http.HttpMethod</c> property: Get, Post, Put, Delete, Patch.</param>
/// <param name="Target">Where the request goes: a service relative path, or a URL carried by a transaction.</param>
/// <param name="Parameters">The method's parameters in declaration order.</param>
/// <param name="Response">How the answer is read.</param>
/// <param name="ResponseType">Fully qualified result type for JSON answers, otherwise <see langword="null"/>.</param>
/// <param name="ResponseTypeInfo">Expression of the result's <c>JsonTypeInfo</c>, for JSON answers.</param>
/// <param name="AttachesTransactions">Whether the answer is an account response whose transactions are filled in.</param>
internal sealed record OperationSpec(
    string Name,
    string Summary,
    string HttpMethod,
    RequestTarget Target,
    EquatableArray<ParameterSpec> Parameters,
    ResponseKind Response,
    string? ResponseType,
    string? ResponseTypeInfo,
    bool AttachesTransactions);

/// <summary>Where a request is sent and which token authorises it.</summary>
/// <param name="Kind">Service path, or a transaction's part or finalize URL.</param>
/// <param name="Host">The <c>JumioGen.JumioHost</c> member for service paths.</param>
/// <param name="PathTemplate">Relative path with <c>{parameter}</c> placeholders, for service paths.</param>
/// <param name="Authorization">The <c>JumioGen.JumioAuthorization</c> member.</param>
internal sealed record RequestTarget(TargetKind Kind, string Host, string PathTemplate, string Authorization);

/// <summary>A method parameter and the part of the request it fills.</summary>
internal sealed record ParameterSpec(string Name, string Type, ParameterRole Role, string? BodyTypeInfo = null);

internal enum TargetKind
{
    ServicePath,
    TransactionPart,
    TransactionFinalize,
}

internal enum ParameterRole
{
    Path,
    Body,
    Transaction,
    PartClassifier,
    PartContent,
    PartContentType,
    CancellationToken,
}

internal enum ResponseKind
{
    Json,
    None,
    Stream,
}
