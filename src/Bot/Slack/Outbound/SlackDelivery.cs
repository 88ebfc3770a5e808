namespace Wayfinder.Bot.Slack.Outbound;

/// <summary>One outbound call, queued on the lane of the channel it posts to.</summary>
/// <param name="Lane">The channel (or response URL) the call writes to; calls on one lane go out in order, spaced.</param>
/// <param name="Send">The call.</param>
internal sealed record SlackDelivery(string Lane, Func<SlackApiClient, CancellationToken, Task> Send);
