namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>An answer sent through a <c>response_url</c>: for slash commands and for ephemeral messages, which the Web API cannot update.</summary>
/// <param name="Url">The <c>response_url</c> from the signed request.</param>
/// <param name="InChannel">Post for everyone (<c>in_channel</c>) rather than only the asker.</param>
/// <param name="ReplaceOriginal">Replace the message the button was on.</param>
internal sealed record SlackResponse(Uri Url, bool InChannel, bool ReplaceOriginal);
