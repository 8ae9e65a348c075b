namespace JumioGen.Analyzers.Hosts;

/// <summary>What a host name means to Jumio.</summary>
internal enum JumioHostKind
{
    /// <summary>Not a Jumio host (or not known well enough to say).</summary>
    None,

    /// <summary><c>auth.{dc}.jumio.ai</c>: the OAuth2 token endpoint, where HTTP Basic client authentication is right.</summary>
    TokenEndpoint,

    /// <summary><c>account|api|retrieval.{dc}.jumio.ai</c>: the KYX REST APIs, which take bearer tokens.</summary>
    RestApi,

    /// <summary><c>netverify.com</c>, <c>*.netverify.com</c>, <c>core-sgp.jumio.com</c>: the legacy Netverify APIs.</summary>
    LegacyNetverify,

    /// <summary>Any other Jumio host (<c>status.{dc}.jumio.ai</c>, web client, callbacks, <c>*.jumio.com</c>).</summary>
    OtherJumio,
}
