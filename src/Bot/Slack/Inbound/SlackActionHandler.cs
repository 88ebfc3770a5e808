using Wayfinder.Bot.Slack.Onboarding;
using Wayfinder.Bot.Slack.Outbound;
using Wayfinder.Bot.Slack.Rendering;

namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>
/// Button clicks. A "which one?" choice answers the original question for the picked entity in place of the choice
/// message; "Share in channel" posts an answer only the asker saw for everyone. Values are untrusted: the question
/// is asked again and the ref looked up again.
/// </summary>
internal sealed class SlackActionHandler(SlackQuestionQueue queue, SlackResponseSender responses, SlackDoneHandler done)
{
    public bool Handle(SlackActionPayload payload)
    {
        if (payload.Actions is [{ ActionId: SlackActionIds.Done } doneAction, ..])
        {
            return done.Handle(payload, doneAction);
        }

        if (payload is not { Type: "block_actions", User.Id: { } user, Actions: [var action, ..] }
            || (payload.Container?.ChannelId ?? payload.Channel?.Id) is not { } channel
            || SlackChoice.FromValue(action.Value) is not { } choice)
        {
            return false;
        }

        var ephemeral = payload.Container?.IsEphemeral == true;
        Uri? responseUrl = Uri.TryCreate(payload.ResponseUrl, UriKind.Absolute, out var url) && responses.IsAllowed(url) ? url : null;
        var thread = payload.Container?.ThreadTs ?? payload.Message?.ThreadTs;
        var question = new SlackQuestion(choice.Question, user, channel, thread) { ChosenSubject = choice.Subject };
        var routed = Route(action.ActionId, question, ephemeral, responseUrl, payload.Container?.MessageTs ?? payload.Message?.Ts);
        return routed is not null && queue.TryEnqueue(routed);
    }

    private static SlackQuestion? Route(string? actionId, SlackQuestion question, bool ephemeral, Uri? responseUrl, string? messageTs)
    {
        var pick = actionId?.StartsWith(SlackActionIds.Pick, StringComparison.Ordinal) == true;
        return (pick, actionId, ephemeral, responseUrl) switch
        {
            (true, _, true, { } url) => question with { Response = new SlackResponse(url, InChannel: false, ReplaceOriginal: true) },
            (true, _, false, _) when messageTs is not null => question with { ReplaceTs = messageTs },
            (false, SlackActionIds.Share, _, { } url) => question with { Response = new SlackResponse(url, InChannel: true, ReplaceOriginal: false) },
            _ => null,
        };
    }
}
