using System.Text.Json.Nodes;

namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>A message to post: the notification text (always sent with blocks) and the Block Kit blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>Slack message metadata (<c>event_type</c>, <c>event_payload</c>), to find the message again later.</summary>
    public JsonObject? Metadata { get; init; }
}
