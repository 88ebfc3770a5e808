namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>Who the bot is in the workspace, from <c>auth.test</c>.</summary>
/// <param name="UserId">The bot's user id (messages from it are ignored).</param>
/// <param name="BotId">The bot id.</param>
/// <param name="TeamId">The workspace.</param>
public sealed record SlackIdentity(string UserId, string? BotId, string? TeamId);
