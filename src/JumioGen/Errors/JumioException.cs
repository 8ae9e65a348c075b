using System;

namespace JumioGen;

/// <summary>
/// A Jumio call could not be made, e.g. no access token could be obtained because the token endpoint was
/// unreachable. Subclasses describe refusals by Jumio itself.
/// </summary>
public class JumioException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JumioException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
