using Microsoft.Extensions.Options;
using Wayfinder.Bot.Slack.Onboarding;
using Wayfinder.Bot.Slack.Outbound;

namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>
/// Events from either transport (HTTP or Socket Mode): drops noise (bots, our own messages, subtypes we don't
/// answer, other apps), drops Slack's retries and doubles, and queues questions — mentions in channels (answered in
/// the thread) and direct messages. <c>team_join</c> goes to the <see cref="SlackTeamJoinHandler"/>.
/// </summary>
internal sealed partial class SlackEventHandler(
    SlackQuestionQueue queue, SlackDeduplicator deduplicator, SlackIdentityCache identity, SlackTeamJoinHandler teamJoin, IOptions<SlackOptions> options,
    ILogger<SlackEventHandler> logger)
{
    public SlackEventOutcome Handle(SlackEventEnvelope envelope)
    {
        switch (envelope.Type)
        {
            case "url_verification":
                return SlackEventOutcome.Challenge;
            case "app_rate_limited":
                LogRateLimited(logger, envelope.TeamId);
                return SlackEventOutcome.Ignored;
            case "event_callback" when envelope.Event is { Type: "team_join" } e && !ForAnotherApp(envelope):
                return teamJoin.Handle(envelope, e);
            case "event_callback" when envelope.Event is { } e && ToQuestion(envelope, e) is { } question:
                var keys = new[] { envelope.EventId is null ? null : $"event:{envelope.EventId}", $"message:{e.Channel}:{e.Ts}" };
                if (!deduplicator.FirstTime(keys))
                {
                    return SlackEventOutcome.Duplicate;
                }

                if (!queue.TryEnqueue(question))
                {
                    deduplicator.Forget(keys);
                    return SlackEventOutcome.Busy;
                }

                return SlackEventOutcome.Queued;
            default:
                return SlackEventOutcome.Ignored;
        }
    }

    private SlackQuestion? ToQuestion(SlackEventEnvelope envelope, SlackEvent e)
    {
        if (ForAnotherApp(envelope)
            || e.BotId is not null || e.Subtype is not null || e.User is null || e.Channel is null || e.Ts is null
            || e.User == identity.Current?.UserId || string.IsNullOrWhiteSpace(e.Text))
        {
            return null;
        }

        return e.Type switch
        {
            "app_mention" => new SlackQuestion(e.Text, e.User, e.Channel, e.ThreadTs ?? e.Ts),
            "message" when e.ChannelType == "im" => new SlackQuestion(e.Text, e.User, e.Channel, e.ThreadTs),
            _ => null,
        };
    }

    private bool ForAnotherApp(SlackEventEnvelope envelope) =>
        options.Value.AppId is { } appId && envelope.ApiAppId is not null && envelope.ApiAppId != appId;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack is rate-limiting event deliveries for team {TeamId}")]
    private static partial void LogRateLimited(ILogger logger, string? teamId);
}
