using System.Text.Json;
using System.Text.Json.Nodes;
using Wayfinder.Bot.Onboarding.Delivery;
using Wayfinder.Bot.Slack.Outbound;
using Wayfinder.Bot.Slack.Rendering;

namespace Wayfinder.Bot.Slack.Onboarding;

/// <summary>
/// Onboarding nudges as Slack DMs: the person is found by email (<c>users.lookupByEmail</c>), the DM opened, and the
/// nudge posted with its links and a Done button. Slack's answers map to retry later (rate limits, outages) or never
/// (deactivated user, DMs closed).
/// </summary>
internal sealed class SlackNudgeChannel(IServiceScopeFactory scopes) : INudgeChannel
{
    private static readonly HashSet<string> Never = new(StringComparer.Ordinal)
    {
        "user_disabled", "account_inactive", "cannot_dm_bot", "channel_not_found", "is_archived", "not_allowed_token_type",
        "missing_scope", "invalid_auth", "not_authed", "token_revoked", "restricted_action", "user_not_found",
    };

    /// <summary>The metadata type nudges are posted with.</summary>
    public const string MetadataType = "wayfinder_nudge";

    public string Name => "slack";

    public async Task<NudgeDelivery> SendAsync(string email, NudgeMessage message, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var api = scope.ServiceProvider.GetRequiredService<SlackApiClient>();
        try
        {
            var user = await api.LookupByEmailAsync(email, cancellationToken).ConfigureAwait(false);
            if (user.Deleted || user.IsBot)
            {
                return NudgeDelivery.Impossible;
            }

            var dm = await api.OpenConversationAsync(user.Id, cancellationToken).ConfigureAwait(false);

            // After a crash the nudge may already be in the DM: its metadata says so, and it is not sent twice.
            if (message.MaybeSent && await api.HasMessageWithKeyAsync(dm, MetadataType, message.Key, cancellationToken).ConfigureAwait(false))
            {
                return NudgeDelivery.Delivered;
            }

            await api.PostMessageAsync(dm, Render(message), null, cancellationToken).ConfigureAwait(false);
            return NudgeDelivery.Delivered;
        }
        catch (SlackApiException e) when (e.Error == "users_not_found")
        {
            return NudgeDelivery.UnknownPerson;
        }
        catch (SlackApiException e) when (e.Error is { } error && Never.Contains(error))
        {
            return NudgeDelivery.Impossible;
        }
        catch (Exception e) when ((SlackFailures.IsUnavailable(e) || e is TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            return NudgeDelivery.RetryLater;
        }
    }

    /// <summary>Title and text (plan Markdown: <c>**bold**</c> becomes Slack's <c>*bold*</c>), link buttons and a Done button.</summary>
    public static SlackMessage Render(NudgeMessage message)
    {
        var text = Mrkdwn.Escape(message.Text).Replace("**", "*", StringComparison.Ordinal);
        var blocks = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "section",
                ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Mrkdwn.Truncate($"*{Mrkdwn.Escape(message.Title)}*\n{text}", 3_000) },
            },
        };
        var buttons = new JsonArray();
        foreach (var (title, url) in message.Links.Take(20))
        {
            buttons.Add(new JsonObject { ["type"] = "button", ["action_id"] = $"{SlackActionIds.Link}.{buttons.Count}", ["url"] = url, ["text"] = Plain(title) });
        }

        if (message.DoneSteps.Count > 0)
        {
            var value = JsonSerializer.Serialize(new SlackDone(message.EnrollmentId, message.DoneSteps), SlackJsonContext.Default.SlackDone);
            buttons.Add(new JsonObject { ["type"] = "button", ["action_id"] = SlackActionIds.Done, ["style"] = "primary", ["value"] = value, ["text"] = Plain("Done") });
        }

        if (buttons.Count > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["block_id"] = "wayfinder_nudge", ["elements"] = buttons });
        }

        return new SlackMessage(Mrkdwn.Truncate($"{message.Title}: {message.Text}", 4_000), blocks)
        {
            Metadata = new JsonObject { ["event_type"] = MetadataType, ["event_payload"] = new JsonObject { ["key"] = message.Key } },
        };
    }

    private static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = Mrkdwn.Truncate(text, 75), ["emoji"] = false };
}
