using Wayfinder.Bot.Onboarding.AutoEnroll;
using Wayfinder.Bot.Slack.Inbound;

namespace Wayfinder.Bot.Slack.Onboarding;

/// <summary>
/// <c>team_join</c> (someone joined the workspace), with <c>Onboarding:AutoEnroll</c> on: the person is queued for
/// automatic enrolment by their profile's email and time zone. Bots, deactivated users and people without an email are
/// ignored; Slack's retries and doubles are queued once.
/// </summary>
internal sealed partial class SlackTeamJoinHandler(NewcomerQueue newcomers, SlackDeduplicator deduplicator, ILogger<SlackTeamJoinHandler> logger)
{
    public const string Platform = "slack";

    public SlackEventOutcome Handle(SlackEventEnvelope envelope, SlackEvent e)
    {
        if (!newcomers.Enabled)
        {
            return SlackEventOutcome.Ignored;
        }

        if (e.Member is not { Id.Length: > 0 } member || member.IsBot || member.Deleted || member.Email is null)
        {
            LogIgnored(logger, e.Member?.Id, e.Member is null ? "no user object" : "a bot, deactivated or without an email");
            return SlackEventOutcome.Ignored;
        }

        var keys = new[] { envelope.EventId is null ? null : $"event:{envelope.EventId}", $"team_join:{envelope.TeamId}:{member.Id}" };
        if (!deduplicator.FirstTime(keys))
        {
            return SlackEventOutcome.Duplicate;
        }

        if (!newcomers.TryEnqueue(new Newcomer(member.Email, member.TimeZone, Platform)))
        {
            deduplicator.Forget(keys);
            return SlackEventOutcome.Busy;
        }

        LogQueued(logger, member.Id);
        return SlackEventOutcome.Queued;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "team_join of {UserId} ignored: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string? userId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "team_join of {UserId} queued for automatic enrolment")]
    private static partial void LogQueued(ILogger logger, string userId);
}
