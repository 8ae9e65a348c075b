using System.Text.Json;
using System.Text.Json.Serialization;

namespace JumioGen.Samples;

/// <summary>
/// What the sample server tells its browser app before a verification: the Jumio region, and when the server runs
/// against FakeJumio, the fake's address (the device accepts upload URLs only for Jumio's hosts or configured ones).
/// Nothing secret: no client id, no secret, no token.
/// </summary>
internal sealed record DeviceSettings(Region Region, Uri? FakeJumioAddress);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(DeviceSettings))]
internal sealed partial class DeviceSettingsJsonContext : JsonSerializerContext;
