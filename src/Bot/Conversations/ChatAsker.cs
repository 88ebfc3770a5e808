namespace Wayfinder.Bot.Conversations;

/// <summary>Who typed a chat command, and how their platform turns a mention into an email.</summary>
/// <param name="Email">The asker's email, when the platform knows it.</param>
/// <param name="EmailOfMention">Turns a platform mention (e.g. Slack's <c>&lt;@U123&gt;</c>) into an email, or <c>null</c>.</param>
public sealed record ChatAsker(string? Email, Func<string, CancellationToken, Task<string?>> EmailOfMention);
