using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wayfinder.Bot.OnCall.Opsgenie;

/// <summary>Source-generated serializer metadata for Opsgenie's camelCase JSON.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OpsgenieSchedulesResponse))]
[JsonSerializable(typeof(OpsgenieOnCallsResponse))]
internal sealed partial class OpsgenieJsonContext : JsonSerializerContext;
