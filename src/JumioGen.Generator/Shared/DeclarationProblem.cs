using Microsoft.CodeAnalysis;

namespace JumioGen.Generator;

/// <summary>
/// Something about a <c>[JumioApi]</c> declaration that the generator cannot (or should not silently) implement. The
/// generator only uses whether problems block; the analyzers report each one (JUMIO1xx) at <see cref="Target"/>.
/// Never stored in a pipeline model: it holds a symbol.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Target">The interface, containing type, member or parameter the problem is about.</param>
/// <param name="Detail">Text for the message: a placeholder name, a type, a reason.</param>
/// <param name="OnRoute">Whether the problem is in the operation attribute's path (reported there rather than on the member).</param>
internal sealed record DeclarationProblem(DeclarationProblemKind Kind, ISymbol Target, string Detail = "", bool OnRoute = false)
{
    /// <summary>Whether the generator leaves the interface unimplemented because of it (only advice does not block).</summary>
    public bool Blocks => Kind != DeclarationProblemKind.MissingCancellationToken;
}

/// <summary>The declaration rules; each maps to one JUMIO1xx analyzer diagnostic.</summary>
internal enum DeclarationProblemKind
{
    /// <summary>The interface or a type containing it is not <c>partial</c>.</summary>
    NotPartial,

    /// <summary>The interface is generic, inherits interfaces, or is not visible to the rest of its assembly.</summary>
    UnsupportedInterface,

    /// <summary>A property, event, static or generic member, or a method without an HTTP method attribute.</summary>
    UnsupportedMember,

    /// <summary>The path is missing, absolute, or has unbalanced or invalid <c>{placeholders}</c>.</summary>
    InvalidRoute,

    /// <summary>A route <c>{placeholder}</c> has no parameter of that name.</summary>
    RouteParameterMissing,

    /// <summary>A parameter is neither in the route nor marked with what it is.</summary>
    ParameterNotInRoute,

    /// <summary>The return type is not one the generator implements.</summary>
    UnsupportedReturnType,

    /// <summary>A parameter's type or modifiers do not fit its role.</summary>
    UnsupportedParameterType,

    /// <summary>More than one body: two <c>[Body]</c>, or a <c>[Body]</c> with <c>[Part]</c>s.</summary>
    DuplicateBody,

    /// <summary>More than one <c>CancellationToken</c>.</summary>
    DuplicateCancellationToken,

    /// <summary>A transaction-token operation with no <c>JumioTransaction</c> parameter.</summary>
    TransactionOperationWithoutTransaction,

    /// <summary>A user type travels as JSON but no <c>JsonContext</c> provides its metadata.</summary>
    MissingJsonContext,

    /// <summary>An operation that needs Jumio's access token, declared on a device-mode client (which holds no secret).</summary>
    AccessTokenOperationOnDevice,

    /// <summary>An operation that cannot be cancelled (advice only).</summary>
    MissingCancellationToken,
}
