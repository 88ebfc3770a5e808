using System.Text.Json.Nodes;

namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>A message to post: the notification text (always sent with blocks) and the Block Kit blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks);
