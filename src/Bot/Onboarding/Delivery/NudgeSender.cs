namespace Wayfinder.Bot.Onboarding.Delivery;

/// <summary>Sends a nudge over the first configured platform that knows the person (Slack, then Teams).</summary>
internal sealed partial class NudgeSender(IEnumerable<INudgeChannel> channels, ILogger<NudgeSender> logger)
{
    public async Task<NudgeDelivery> SendAsync(string email, NudgeMessage message, CancellationToken cancellationToken)
    {
        var outcome = NudgeDelivery.UnknownPerson;
        foreach (var channel in channels)
        {
            outcome = await channel.SendAsync(email, message, cancellationToken).ConfigureAwait(false);
            if (outcome != NudgeDelivery.UnknownPerson)
            {
                LogSent(logger, channel.Name, outcome);
                return outcome;
            }
        }

        return outcome == NudgeDelivery.UnknownPerson ? NudgeDelivery.Impossible : outcome;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Nudge over {Channel}: {Outcome}")]
    private static partial void LogSent(ILogger logger, string channel, NudgeDelivery outcome);
}
