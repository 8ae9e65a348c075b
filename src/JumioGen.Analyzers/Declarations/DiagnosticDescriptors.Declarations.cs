using Microsoft.CodeAnalysis;

namespace JumioGen.Analyzers;

/// <summary>
/// The declaration rules (JUMIO1xx): what about a <c>[JumioApi]</c> interface keeps the generator from implementing it.
/// Each matches one <c>DeclarationProblemKind</c> of the generator's shared reader.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    public const string InterfaceNotPartialId = "JUMIO100";
    public const string UnsupportedInterfaceId = "JUMIO101";
    public const string UnsupportedMemberId = "JUMIO102";
    public const string InvalidRouteId = "JUMIO103";
    public const string RouteParameterMissingId = "JUMIO104";
    public const string ParameterNotInRouteId = "JUMIO105";
    public const string UnsupportedReturnTypeId = "JUMIO106";
    public const string UnsupportedParameterTypeId = "JUMIO107";
    public const string DuplicateBodyId = "JUMIO108";
    public const string DuplicateCancellationTokenId = "JUMIO109";
    public const string TransactionOperationWithoutTransactionId = "JUMIO110";
    public const string MissingJsonContextId = "JUMIO111";
    public const string MissingCancellationTokenId = "JUMIO112";
    public const string AccessTokenOperationOnDeviceId = "JUMIO113";

    public static readonly DiagnosticDescriptor InterfaceNotPartial = Declaration(
        InterfaceNotPartialId, "[JumioApi] interface or its containing type is not partial",
        "'{0}' must be partial: the generator adds the Jumio operations to it in another file",
        "The generator declares the standard operations in a second part of the interface (and of every type it is nested in); without 'partial' it cannot, so no client is generated.");

    public static readonly DiagnosticDescriptor UnsupportedInterface = Declaration(
        UnsupportedInterfaceId, "[JumioApi] interface shape is not supported",
        "The generator cannot implement '{0}': {1}",
        "A [JumioApi] interface is non-generic, visible to its whole assembly (public or internal), nested only in non-generic types, and inherits no interfaces.");

    public static readonly DiagnosticDescriptor UnsupportedMember = Declaration(
        UnsupportedMemberId, "Member of a [JumioApi] interface cannot be implemented",
        "The generator cannot implement '{0}': {1}",
        "Every abstract member of a [JumioApi] interface becomes an HTTP call: a non-generic method with [Get], [Post], [Put], [Delete] or [Patch], or one declared exactly like a standard operation. Until each can be implemented, the interface gets no implementation.");

    public static readonly DiagnosticDescriptor InvalidRoute = Declaration(
        InvalidRouteId, "Operation path is not a valid relative route",
        "The path of '{0}' cannot be used: {1}",
        "A custom operation's path is relative to the Jumio host chosen with Host = JumioHost.X, with {name} placeholders that are parameter names; an absolute URL would send the token elsewhere.");

    public static readonly DiagnosticDescriptor RouteParameterMissing = Declaration(
        RouteParameterMissingId, "Route placeholder has no parameter",
        "The path of '{0}' has '{{{1}}}', but the method has no parameter named '{1}'",
        "Each {name} in the path is filled from the parameter of that name (case-insensitively).");

    public static readonly DiagnosticDescriptor ParameterNotInRoute = Declaration(
        ParameterNotInRouteId, "Parameter is neither in the route nor marked",
        "Parameter '{0}' is not in the path and says nothing about where it goes: add '{{{0}}}' to the path, or mark it [Query], [Header(\"…\")], [Body], [Part(\"…\")] or [TransactionToken]",
        "A parameter fills a {placeholder} of the same name, or is marked with where it goes; JumioGen does not guess.");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Declaration(
        UnsupportedReturnTypeId, "Operation return type is not supported",
        "'{0}' cannot be implemented: {1}",
        "Custom operations return Task, Task<T> (JSON), Task<JumioResponse<T>>, Task<Stream> or Task<HttpResponseMessage>.");

    public static readonly DiagnosticDescriptor UnsupportedParameterType = Declaration(
        UnsupportedParameterTypeId, "Operation parameter cannot be sent",
        "Parameter '{0}' cannot be sent: {1}",
        "Route, query and header values are text, numbers, booleans, enums, dates or Guids (queries also collections of them); parameters are not ref/out/in; each has one role.");

    public static readonly DiagnosticDescriptor DuplicateBody = Declaration(
        DuplicateBodyId, "Operation has more than one body",
        "'{0}' has more than one body: {1}",
        "A request has one body: a single [Body] (JSON), or [Part]s (multipart), not both.");

    public static readonly DiagnosticDescriptor DuplicateCancellationToken = Declaration(
        DuplicateCancellationTokenId, "Operation has more than one CancellationToken",
        "Parameter '{0}' is a second CancellationToken; an operation takes at most one",
        "The generated call passes one CancellationToken to HttpClient; a second one would be silently ignored.");

    public static readonly DiagnosticDescriptor TransactionOperationWithoutTransaction = Declaration(
        TransactionOperationWithoutTransactionId, "Transaction-token operation without a transaction",
        "'{0}' is authorised by a transaction token but has no JumioTransaction parameter to take it from",
        "[TransactionToken] on a method authorises the call with the token of its JumioTransaction parameter; without one there is no token to send.");

    public static readonly DiagnosticDescriptor MissingJsonContext = Declaration(
        MissingJsonContextId, "No source-generated JSON metadata for a type",
        "'{0}': {1}",
        "Bodies, JSON parts and results that are not Jumio's own models are serialised through the JsonSerializerContext named by [JumioApi(..., JsonContext = typeof(...))], so the client needs no reflection and stays AOT-safe.");

    public static readonly DiagnosticDescriptor AccessTokenOperationOnDevice = Declaration(
        AccessTokenOperationOnDeviceId, "Device client declares an operation that needs the access token",
        "'{0}' needs Jumio's access token, which a device client never holds: call it from your server, or mark it [TransactionToken]",
        "A client with Mode = JumioClientMode.Device runs on end-user devices and holds no client secret, so it cannot get an access token. It may only start at your server, upload and finalize with the transaction token. Move account, retrieval and deletion calls to a server client.");

    public static readonly DiagnosticDescriptor MissingCancellationToken = new(
        MissingCancellationTokenId,
        title: "Operation cannot be cancelled",
        messageFormat: "'{0}' takes no CancellationToken, so callers cannot cancel it or give it a deadline",
        category: DiagnosticCategories.Declarations,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Add 'CancellationToken cancellationToken = default' as the last parameter; the generated call passes it to HttpClient.",
        helpLinkUri: HelpLinks.For(MissingCancellationTokenId));

    private static DiagnosticDescriptor Declaration(string id, string title, string message, string description) =>
        new(id, title, message, DiagnosticCategories.Declarations, DiagnosticSeverity.Error, isEnabledByDefault: true, description, HelpLinks.For(id));
}
