namespace JumioGen.ClientSide.Server;

/// <summary>The server's Jumio client: client credentials, all standard operations.</summary>
[JumioApi(Region.EU)]
public partial interface IServerJumio;
