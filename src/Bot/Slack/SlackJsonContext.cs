using System.Text.Json;
using System.Text.Json.Serialization;
using Wayfinder.Bot.Slack.Inbound;
using Wayfinder.Bot.Slack.Onboarding;
using Wayfinder.Bot.Slack.Outbound;
using Wayfinder.Bot.Slack.SocketMode;

namespace Wayfinder.Bot.Slack;

/// <summary>Slack's JSON (snake_case) for the payloads Wayfinder reads and writes, source-generated.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SlackEventEnvelope))]
[JsonSerializable(typeof(SlackActionPayload))]
[JsonSerializable(typeof(SlackChoice))]
[JsonSerializable(typeof(SlackSocketFrame))]
[JsonSerializable(typeof(SlackDone))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
