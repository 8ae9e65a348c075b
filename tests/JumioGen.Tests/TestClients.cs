namespace JumioGen.Tests;

/// <summary>The generated clients these tests exercise (the generator runs on this project).</summary>
[JumioApi(Region.EU)]
public partial interface IJumioEu;

[JumioApi(Region.US)]
internal partial interface IJumioUs;

/// <summary>Not a Jumio client: no attribute, so nothing is generated.</summary>
public interface INotAClient;
