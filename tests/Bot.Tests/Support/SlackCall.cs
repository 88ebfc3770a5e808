using System.Text.Json.Nodes;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>One call the bot made to the fake Slack: its JSON body, when it arrived and what it was answered.</summary>
public sealed record SlackCall(JsonObject Body, DateTime At, int Status)
{
    public string? Channel => Body["channel"]?.GetValue<string>();

    public string? Text => Body["text"]?.GetValue<string>();

    public string? ThreadTs => Body["thread_ts"]?.GetValue<string>();
}
