namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>What became of an event: answered later, ignored, a URL check, or refused because the queue is full.</summary>
internal enum SlackEventOutcome
{
    Queued,
    Ignored,
    Duplicate,
    Challenge,
    Busy,
}
