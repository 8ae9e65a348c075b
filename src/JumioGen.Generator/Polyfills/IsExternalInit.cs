namespace System.Runtime.CompilerServices;

// Records with init accessors need this type; netstandard2.0 does not have it.
internal static class IsExternalInit
{
}
