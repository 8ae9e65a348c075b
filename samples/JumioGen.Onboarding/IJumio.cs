using JumioGen;

namespace JumioGen.Onboarding;

/// <summary>The whole Jumio client: the generator adds every standard operation to this interface.</summary>
[JumioApi(Region.EU)]
public partial interface IJumio;
