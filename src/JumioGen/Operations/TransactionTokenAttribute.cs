using System;

namespace JumioGen;

/// <summary>
/// Authorises a custom operation with a workflow's transaction token instead of the access token. Put it on the
/// operation's <see cref="JumioTransaction"/> parameter (or on the method, which then needs one such parameter). As
/// with the standard upload and finalize, an expired transaction is refused before anything is sent, and a
/// successful call restarts the transaction's session. The default host becomes <see cref="JumioHost.Api"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TransactionTokenAttribute : Attribute
{
}
