namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>The inner event of an <c>event_callback</c>: the fields Wayfinder reads of <c>app_mention</c> and <c>message</c>.</summary>
internal sealed record SlackEvent
{
    public string? Type { get; init; }

    public string? Subtype { get; init; }

    public string? User { get; init; }

    public string? BotId { get; init; }

    public string? Text { get; init; }

    public string? Channel { get; init; }

    public string? ChannelType { get; init; }

    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }
}
