namespace Wayfinder.Bot.Onboarding.Delivery;

/// <summary>A chat platform that can write to a person first (Slack DM, Teams personal chat).</summary>
internal interface INudgeChannel
{
    /// <summary>Platform name for logs, e.g. <c>slack</c>.</summary>
    string Name { get; }

    /// <summary>Sends the nudge to the person with this email.</summary>
    Task<NudgeDelivery> SendAsync(string email, NudgeMessage message, CancellationToken cancellationToken);
}
