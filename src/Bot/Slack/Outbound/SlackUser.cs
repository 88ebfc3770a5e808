namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>A Slack user as <c>users.info</c> / <c>users.lookupByEmail</c> describe them.</summary>
public sealed record SlackUser(string Id, string? Email, string? RealName, string? TimeZone, bool IsBot, bool Deleted);
