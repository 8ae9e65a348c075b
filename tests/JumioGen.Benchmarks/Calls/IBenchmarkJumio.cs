namespace JumioGen.Benchmarks.Calls;

/// <summary>The JumioGen client under test: the generator adds the standard operations and their implementation.</summary>
[JumioApi(Region.EU)]
public partial interface IBenchmarkJumio;
