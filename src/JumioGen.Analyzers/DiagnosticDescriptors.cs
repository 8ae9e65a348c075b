using Microsoft.CodeAnalysis;

namespace JumioGen.Analyzers;

/// <summary>
/// Every JumioGen rule: the ids (constants, so code fixes and tests can name them) and the descriptors.
/// Security rules (JUMIO00x) are here; declaration rules (JUMIO1xx) go in Declarations/DiagnosticDescriptors.Declarations.cs.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    public const string BasicAuthToJumioApiId = "JUMIO001";
    public const string ClientSecretInClientSideProjectId = "JUMIO002";
    public const string HardCodedClientSecretId = "JUMIO003";
    public const string InsecureJumioTransportId = "JUMIO004";
    public const string LegacyNetverifyEndpointId = "JUMIO005";

    public static readonly DiagnosticDescriptor BasicAuthToJumioApi = new(
        BasicAuthToJumioApiId,
        title: "HTTP Basic credentials sent to a Jumio REST API",
        messageFormat: "HTTP Basic credentials are sent to the Jumio API host '{0}'; Jumio has deprecated Basic auth for its REST APIs: use a [JumioApi] client, which authorises every call with an OAuth2 bearer token",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Jumio's REST APIs (account, api, retrieval and the legacy Netverify hosts) take OAuth2 bearer tokens; Basic auth with API token/secret is deprecated. Basic auth is right only on the auth.{dc}.jumio.ai/oauth2/token call, which this rule does not flag.",
        helpLinkUri: HelpLinks.For(BasicAuthToJumioApiId));

    public static readonly DiagnosticDescriptor ClientSecretInClientSideProject = new(
        ClientSecretInClientSideProjectId,
        title: "Jumio client secret in an app that runs on end-user devices",
        messageFormat: "{0} in a client-side project ({1}): a Jumio client secret must never ship to end-user devices; obtain the transaction from your server instead",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Jumio: requests for bearer tokens should be server-to-server. Anything compiled into a Blazor WebAssembly, MAUI, mobile, WPF or WinForms app can be read by its users. Set <JumioClientSide>false</JumioClientSide> in the project if it really runs only on your servers.",
        helpLinkUri: HelpLinks.For(ClientSecretInClientSideProjectId));

    public static readonly DiagnosticDescriptor HardCodedClientSecret = new(
        HardCodedClientSecretId,
        title: "Hard-coded Jumio client secret",
        messageFormat: "The Jumio client secret is a string literal in source code; read it from configuration (user secrets, environment, a vault) instead",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A secret in source code ends up in version control, build logs and every copy of the binary, and cannot be rotated without a release.",
        helpLinkUri: HelpLinks.For(HardCodedClientSecretId));

    public static readonly DiagnosticDescriptor InsecureJumioTransport = new(
        InsecureJumioTransportId,
        title: "Jumio traffic without TLS protection",
        messageFormat: "{0}",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Tokens, client secrets and identity documents travel to Jumio; plain http:// or a disabled certificate check lets anyone on the path read or change them.",
        helpLinkUri: HelpLinks.For(InsecureJumioTransportId));

    public static readonly DiagnosticDescriptor LegacyNetverifyEndpoint = new(
        LegacyNetverifyEndpointId,
        title: "Legacy Jumio Netverify endpoint",
        messageFormat: "'{0}' is a legacy Netverify endpoint; use {1} instead",
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The Netverify v2/v4 APIs (netverify.com, lon.netverify.com, core-sgp.jumio.com) are superseded by the KYX platform APIs on {dc}.jumio.ai, which use OAuth2 bearer tokens.",
        helpLinkUri: HelpLinks.For(LegacyNetverifyEndpointId));
}
