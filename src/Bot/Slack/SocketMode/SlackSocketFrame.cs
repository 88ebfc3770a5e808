using System.Text.Json;

namespace Wayfinder.Bot.Slack.SocketMode;

/// <summary>One Socket Mode frame: <c>hello</c>, <c>disconnect</c>, or an envelope carrying an HTTP body as <c>payload</c>.</summary>
internal sealed record SlackSocketFrame
{
    public string? Type { get; init; }

    public string? EnvelopeId { get; init; }

    public JsonElement? Payload { get; init; }

    public bool AcceptsResponsePayload { get; init; }

    public string? Reason { get; init; }
}
