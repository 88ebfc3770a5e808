namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>The body of <c>POST /slack/event</c> (and of a Socket Mode <c>events_api</c> envelope's payload).</summary>
internal sealed record SlackEventEnvelope
{
    public string? Type { get; init; }

    public string? Challenge { get; init; }

    public string? TeamId { get; init; }

    public string? ApiAppId { get; init; }

    public string? EventId { get; init; }

    public SlackEvent? Event { get; init; }
}
