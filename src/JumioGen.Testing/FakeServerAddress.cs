using System;
using System.Threading;

namespace JumioGen.Testing;

/// <summary>
/// The server's base address, known only after Kestrel has bound its port; shared by the parts that write URLs.
/// </summary>
internal sealed class FakeServerAddress
{
    private Uri? _value;

    public Uri Value
    {
        get => Volatile.Read(ref _value) ?? throw new InvalidOperationException("FakeJumio has not started yet.");
        set => Volatile.Write(ref _value, value);
    }

    /// <summary>An absolute URL on this server for a path relative to the base address (no leading slash).</summary>
    public string Url(string relativePath) => Value.AbsoluteUri + relativePath;
}
