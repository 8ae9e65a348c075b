namespace JumioGen.Packaging.Tests;

/// <summary>
/// The tests that pack and build real projects: they share one packed feed, and run one after another so two
/// MSBuild runs never write the same obj/ folders at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "Packed JumioGen";
}
