namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>The bot's own identity once <c>auth.test</c> has answered (see <c>SlackStartup</c>); <c>null</c> before.</summary>
internal sealed class SlackIdentityCache
{
    public SlackIdentity? Current { get; set; }
}
