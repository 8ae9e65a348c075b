using System.Linq;

namespace JumioGen.Generator.Model;

/// <summary>Everything the emitter needs about one <c>[JumioApi]</c> interface; plain values only, so it caches.</summary>
/// <param name="Namespace">The interface's namespace as written in code (keywords escaped), or <see langword="null"/> for the global namespace.</param>
/// <param name="Name">The interface's name.</param>
/// <param name="ContainingTypes">Enclosing partial types, outermost first.</param>
/// <param name="Region">The <c>JumioGen.Region</c> member name from the attribute (US, EU, SG).</param>
/// <param name="Operations">The operations to implement (and, unless the user declared them, to declare), in a stable order.</param>
/// <param name="IsImplemented">
/// Whether every member can be implemented. When one cannot (the analyzers say why), only the standard operations
/// are declared: no implementation that would fail to compile, and no registration.
/// </param>
/// <param name="IsDevice">
/// Whether the client runs on end-user devices (<c>Mode = JumioClientMode.Device</c>): it starts at the app's server and
/// only uploads and finalizes, with transaction tokens.
/// </param>
internal sealed record JumioApiSpec(
    string? Namespace,
    string Name,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string Region,
    EquatableArray<OperationSpec> Operations,
    bool IsImplemented,
    bool IsDevice = false)
{
    /// <summary>A file name unique per interface and stable across runs.</summary>
    public string HintName =>
        (Namespace is null ? "" : Namespace + ".") + string.Concat(ContainingTypes.Select(t => t.Name + ".")) + Name + ".g.cs";
}

/// <summary>An enclosing type the interface is nested in, e.g. <c>partial class Outer</c>.</summary>
internal sealed record ContainingTypeSpec(string Keyword, string Name);
