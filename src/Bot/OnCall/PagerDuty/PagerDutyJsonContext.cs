using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wayfinder.Bot.OnCall.PagerDuty;

/// <summary>Source-generated serializer metadata for PagerDuty's snake_case JSON.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PagerDutyServiceResponse))]
[JsonSerializable(typeof(PagerDutyOnCallsResponse))]
internal sealed partial class PagerDutyJsonContext : JsonSerializerContext;
