using System.Text.Json;
using Wayfinder.Bot.Slack.Inbound;
using Wayfinder.Bot.Slack.Outbound;

namespace Wayfinder.Bot.Slack.SocketMode;

/// <summary>
/// A Socket Mode envelope to the handlers HTTP uses: acknowledged first (with the slash command's answer as the
/// response payload when Slack accepts one), then handled. Socket Mode is unsigned; events are still filtered and
/// de-duplicated.
/// </summary>
internal sealed partial class SlackEnvelopeDispatcher(
    SlackEventHandler events, SlackCommandHandler commands, SlackActionHandler actions, SlackResponseSender responses, ILogger<SlackEnvelopeDispatcher> logger)
{
    public async Task DispatchAsync(SlackSocketFrame frame, SlackSocketConnection connection, CancellationToken cancellationToken)
    {
        if (frame.EnvelopeId is not { } id)
        {
            return;
        }

        var payload = frame.Payload ?? default;
        switch (frame.Type)
        {
            case "events_api":
                await connection.AckAsync(id, null, cancellationToken).ConfigureAwait(false);
                if (Parse(payload, SlackJsonContext.Default.SlackEventEnvelope) is { } envelope)
                {
                    events.Handle(envelope);
                }

                break;
            case "slash_commands":
                await CommandAsync(id, payload, frame.AcceptsResponsePayload, connection, cancellationToken).ConfigureAwait(false);
                break;
            case "interactive":
                await connection.AckAsync(id, null, cancellationToken).ConfigureAwait(false);
                if (Parse(payload, SlackJsonContext.Default.SlackActionPayload) is { } action)
                {
                    actions.Handle(action);
                }

                break;
            default:
                await connection.AckAsync(id, null, cancellationToken).ConfigureAwait(false);
                LogUnknown(logger, frame.Type);
                break;
        }
    }

    private async Task CommandAsync(string id, JsonElement payload, bool acceptsResponse, SlackSocketConnection connection, CancellationToken cancellationToken)
    {
        var fields = payload.ValueKind == JsonValueKind.Object
            ? payload.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : [];
        var reply = await commands.HandleAsync(fields, cancellationToken).ConfigureAwait(false);
        if (acceptsResponse)
        {
            await connection.AckAsync(id, reply, cancellationToken).ConfigureAwait(false);
            return;
        }

        await connection.AckAsync(id, null, cancellationToken).ConfigureAwait(false);
        if (Uri.TryCreate(fields.GetValueOrDefault("response_url"), UriKind.Absolute, out var url) && responses.IsAllowed(url))
        {
            var message = new SlackMessage(reply["text"]?.GetValue<string>() ?? string.Empty, reply["blocks"]?.AsArray() ?? []);
            await responses.SendAsync(new SlackResponse(url, reply["response_type"]?.GetValue<string>() == "in_channel", false), message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The payload as <typeparamref name="T"/>; <c>null</c> when it is not that shape (a malformed payload is dropped, not the connection).</summary>
    private T? Parse<T>(JsonElement payload, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return payload.ValueKind == JsonValueKind.Object ? payload.Deserialize(type) : null;
        }
        catch (JsonException)
        {
            LogMalformed(logger, typeof(T).Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped a Socket Mode payload that is not a valid {Shape}")]
    private static partial void LogMalformed(ILogger logger, string shape);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a Socket Mode envelope of type {Type}")]
    private static partial void LogUnknown(ILogger logger, string? type);
}
