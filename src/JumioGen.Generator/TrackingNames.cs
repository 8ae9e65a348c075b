namespace JumioGen.Generator;

/// <summary>Names of the generator's tracked pipeline steps, for incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>Each <c>[JumioApi]</c> interface turned into its spec (or nothing).</summary>
    public const string InterfaceSpecs = nameof(InterfaceSpecs);

    /// <summary>The specs that produce output.</summary>
    public const string ValidSpecs = nameof(ValidSpecs);
}
