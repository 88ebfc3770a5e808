using System.Text.Json;
using System.Text.Json.Nodes;
using Wayfinder.Bot.Onboarding;
using Wayfinder.Bot.Slack.Inbound;
using Wayfinder.Bot.Slack.Outbound;

namespace Wayfinder.Bot.Slack.Onboarding;

/// <summary>
/// A nudge's Done button: the steps are marked done and the message updated in place (the buttons replaced by
/// "Done"), on the channel's outbox lane so the click is acknowledged at once.
/// </summary>
internal sealed class SlackDoneHandler(SlackOutbox outbox, IServiceScopeFactory scopes)
{
    public bool Handle(SlackActionPayload payload, SlackAction action)
    {
        if (Parse(action.Value) is not { } done || (payload.Container?.ChannelId ?? payload.Channel?.Id) is not { } channel
            || (payload.Container?.MessageTs ?? payload.Message?.Ts) is not { } ts)
        {
            return false;
        }

        var blocks = Updated(payload.Message?.Blocks);
        outbox.Enqueue(new SlackDelivery(channel, async (api, ct) =>
        {
            using var scope = scopes.CreateScope();
            if (await scope.ServiceProvider.GetRequiredService<IOnboardingSteps>().CompleteAsync(done.Enrollment, done.Steps, ct).ConfigureAwait(false))
            {
                await api.UpdateAsync(channel, ts, new SlackMessage("Done", blocks), ct).ConfigureAwait(false);
            }
        }));
        return true;
    }

    private static SlackDone? Parse(string? value)
    {
        try
        {
            return value is { Length: > 0 and < 2_000 } ? JsonSerializer.Deserialize(value, SlackJsonContext.Default.SlackDone) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The message's blocks without its buttons, with "Done" under them.</summary>
    private static JsonArray Updated(JsonArray? blocks)
    {
        var kept = new JsonArray();
        foreach (var block in blocks ?? [])
        {
            if (block?["type"]?.GetValue<string>() != "actions")
            {
                kept.Add(block?.DeepClone());
            }
        }

        kept.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray { new JsonObject { ["type"] = "mrkdwn", ["text"] = "✅ Done" } } });
        return kept;
    }
}
