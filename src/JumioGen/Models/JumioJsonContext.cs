using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace JumioGen;

/// <summary>
/// Source-generated System.Text.Json metadata for every Jumio model: no reflection, trimming- and AOT-safe.
/// Property names follow Jumio's camelCase; unknown fields are ignored; nulls are not sent.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AccountRequest))]
[JsonSerializable(typeof(AccountResponse))]
[JsonSerializable(typeof(UploadResponse))]
[JsonSerializable(typeof(FinalizeResponse))]
[JsonSerializable(typeof(WorkflowStatus))]
[JsonSerializable(typeof(WorkflowDetails))]
[JsonSerializable(typeof(HealthStatus))]
[JsonSerializable(typeof(JumioProblem))]
[JsonSerializable(typeof(JumioTransaction))]
[JsonSerializable(typeof(List<JumioTransaction>))]
[JsonSerializable(typeof(JumioCallback))]
public sealed partial class JumioJsonContext : JsonSerializerContext
{
}
