using System.Text.Json;
using Wayfinder.Bot.Slack.Inbound;
using Wayfinder.Bot.Slack.Signing;

namespace Wayfinder.Bot.Slack;

/// <summary>
/// <c>POST /slack/event</c>, <c>/slack/command</c> and <c>/slack/action</c> (SlackNet's routes). Each verifies the
/// signature over the raw body before parsing anything (401, empty, otherwise), then acknowledges at once: the work
/// happens on the question queue.
/// </summary>
internal static class SlackEndpoints
{
    public static async Task<IResult> EventAsync(HttpRequest request, SlackRequestReader reader, SlackEventHandler handler, CancellationToken cancellationToken)
    {
        if (await reader.ReadVerifiedAsync(request, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return Results.Unauthorized();
        }

        if (Parse(body, SlackJsonContext.Default.SlackEventEnvelope) is not { } envelope)
        {
            return Results.BadRequest();
        }

        return handler.Handle(envelope) switch
        {
            SlackEventOutcome.Challenge => Results.Text(envelope.Challenge ?? string.Empty, "text/plain"),
            SlackEventOutcome.Busy => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
            _ => Results.Ok(),
        };
    }

    public static async Task<IResult> CommandAsync(HttpRequest request, SlackRequestReader reader, SlackCommandHandler handler, CancellationToken cancellationToken)
    {
        if (await reader.ReadVerifiedAsync(request, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return Results.Unauthorized();
        }

        var reply = await handler.HandleAsync(SlackForm.Parse(body), cancellationToken).ConfigureAwait(false);
        return Results.Text(reply.ToJsonString(), "application/json");
    }

    public static async Task<IResult> ActionAsync(HttpRequest request, SlackRequestReader reader, SlackActionHandler handler, CancellationToken cancellationToken)
    {
        if (await reader.ReadVerifiedAsync(request, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return Results.Unauthorized();
        }

        var payload = SlackForm.Parse(body).GetValueOrDefault("payload") is { } json
            ? Parse(System.Text.Encoding.UTF8.GetBytes(json), SlackJsonContext.Default.SlackActionPayload)
            : null;
        if (payload is null)
        {
            return Results.BadRequest();
        }

        handler.Handle(payload);
        return Results.Ok();
    }

    private static T? Parse<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
