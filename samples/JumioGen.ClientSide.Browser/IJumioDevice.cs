namespace JumioGen.ClientSide.Browser;

/// <summary>The device's Jumio client: StartAsync (asks our server), UploadPartAsync and FinalizeAsync, nothing else.</summary>
[JumioApi(Region.EU, Mode = JumioClientMode.Device)]
public partial interface IJumioDevice;
