namespace JumioGen.Generator.Model;

/// <summary>One HTTP operation of a Jumio client.</summary>
/// <param name="Name">Method name, e.g. <c>GetWorkflowStatusAsync</c>.</param>
/// <param name="Summary">XML doc summary for a generated interface member; <see langword="null"/> for one the user declared.</param>
/// <param name="HttpMethod">A <c>System.Net.Http.HttpMethod</c> property: Get, Post, Put, Delete, Patch.</param>
/// <param name="Target">Where the request goes: a service relative path, or a URL carried by a transaction.</param>
/// <param name="Parameters">The method's parameters in declaration order.</param>
/// <param name="Response">How the answer is read.</param>
/// <param name="ReturnType">The declared return type, fully qualified, with nullable annotations.</param>
/// <param name="ResponseType">Fully qualified JSON content type for JSON answers, otherwise <see langword="null"/>.</param>
/// <param name="ResponseTypeInfo">Expression of the content's <c>JsonTypeInfo</c>, for JSON answers.</param>
/// <param name="AttachesTransactions">Whether the answer is an account response whose transactions are filled in.</param>
internal sealed record OperationSpec(
    string Name,
    string? Summary,
    string HttpMethod,
    RequestTarget Target,
    EquatableArray<ParameterSpec> Parameters,
    ResponseKind Response,
    string ReturnType,
    string? ResponseType,
    string? ResponseTypeInfo,
    bool AttachesTransactions)
{
    /// <summary>Whether the user declared this member (it is implemented but not added to the interface).</summary>
    public bool DeclaredByUser => Summary is null;
}

/// <summary>Where a request is sent and which token authorises it.</summary>
/// <param name="Kind">Service path, or a transaction's part or finalize URL.</param>
/// <param name="Host">The <c>JumioGen.JumioHost</c> member for service paths.</param>
/// <param name="PathTemplate">Relative path with <c>{parameter}</c> placeholders named exactly like the parameters, for service paths.</param>
/// <param name="Authorization">The <c>JumioGen.JumioAuthorization</c> member.</param>
internal sealed record RequestTarget(TargetKind Kind, string Host, string PathTemplate, string Authorization);

/// <summary>A method parameter and the part of the request it fills.</summary>
/// <param name="Name">The parameter's name (without a verbatim <c>@</c>).</param>
/// <param name="Type">The declared type, fully qualified, with nullable annotations.</param>
/// <param name="Role">What the parameter fills.</param>
/// <param name="JsonTypeInfo">Expression of the value's <c>JsonTypeInfo</c>, for JSON bodies and parts.</param>
internal sealed record ParameterSpec(string Name, string Type, ParameterRole Role, string? JsonTypeInfo = null)
{
    /// <summary>The query name, header name or multipart field name.</summary>
    public string? Key { get; init; }

    /// <summary>A query parameter that sends one value per item.</summary>
    public bool IsCollection { get; init; }

    /// <summary>Whether generated code refuses <see langword="null"/> up front (declared non-nullable and required to build the request).</summary>
    public bool RejectsNull { get; init; }

    /// <summary>A reference type declared nullable (<c>T?</c>): a <see langword="null"/> value is left out of the request.</summary>
    public bool AllowsNull { get; init; }

    /// <summary>How a multipart part is sent.</summary>
    public PartKind PartKind { get; init; }

    /// <summary>A file part's file name, or <see langword="null"/> for the field name.</summary>
    public string? FileName { get; init; }

    /// <summary>A file part's content type, or <see langword="null"/> for <c>application/octet-stream</c>.</summary>
    public string? ContentType { get; init; }
}

internal enum TargetKind
{
    ServicePath,
    TransactionPart,
    TransactionFinalize,

    /// <summary>A device client's start: ask the app's server for transactions (no request to Jumio).</summary>
    DeviceStart,
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
    Query,
    Header,
    Part,
}

internal enum PartKind
{
    None,
    Stream,
    Bytes,
    Text,
    Content,
    Json,
}

internal enum ResponseKind
{
    Json,
    None,
    Stream,
    JsonResponse,
    HttpResponse,
}
