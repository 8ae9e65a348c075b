using System.Text.Json.Serialization;

namespace JumioGen.AotSmoke;

/// <summary>Source-generated JSON metadata for the app's own types (no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ExecutionStatus))]
internal sealed partial class SmokeJsonContext : JsonSerializerContext;
