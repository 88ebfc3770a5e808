using System.Text.Json;
using System.Text.Json.Serialization;
using Wayfinder.Bot.Slack.Outbound;

namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>
/// The inner event of an <c>event_callback</c>: the fields Wayfinder reads of <c>app_mention</c>, <c>message</c> and
/// <c>team_join</c>.
/// </summary>
internal sealed record SlackEvent
{
    public string? Type { get; init; }

    public string? Subtype { get; init; }

    /// <summary>Slack's <c>user</c> as sent: a user id in messages, the whole user object in <c>team_join</c>.</summary>
    [JsonPropertyName("user")]
    public JsonElement UserField { get; init; }

    public string? BotId { get; init; }

    public string? Text { get; init; }

    public string? Channel { get; init; }

    public string? ChannelType { get; init; }

    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }

    /// <summary>The user id of a message; <c>null</c> when <c>user</c> is not a string.</summary>
    [JsonIgnore]
    public string? User => UserField.ValueKind == JsonValueKind.String ? UserField.GetString() : null;

    /// <summary>The user object of <c>team_join</c>; <c>null</c> when <c>user</c> is not an object.</summary>
    [JsonIgnore]
    public SlackUser? Member => UserField.ValueKind == JsonValueKind.Object ? SlackUser.Read(UserField) : null;
}
