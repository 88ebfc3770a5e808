using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Wayfinder.Bot.Conversations;
using Wayfinder.Bot.Onboarding;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// The Teams bot: personal, group and channel messages (the bot's mention removed) and "which one?" card clicks,
/// answered through the same skills as Slack as an Adaptive Card; onboarding Done clicks; conversation references captured on install, on
/// being added, and on every message; removed on uninstall. Installed for a person, the bot hands them to <see cref="TeamsNewcomers"/>.
/// </summary>
internal sealed class TeamsBot(
    IQuestionAnswerer answerer, TeamsConversations conversations, IOnboardingSteps onboarding, ITeamsMemberDirectory members, TeamsNewcomers newcomers,
    IEnumerable<IChatCommands> commands)
    : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        await conversations.CaptureAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var activity = turnContext.Activity;
        if (TeamsDone.From(activity.Value) is { } done)
        {
            var ticked = await onboarding.CompleteAsync(done.Enrollment, done.Steps, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(ticked ? "Done: ticked off. I won't remind you about it again." : "I couldn't find that onboarding step.", cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var choice = TeamsChoice.From(activity.Value);
        var text = choice?.Question ?? TeamsMentions.Strip(activity);
        if (text.Length == 0)
        {
            return;
        }

        if (choice is null && await CommandReplyAsync(turnContext, text, cancellationToken).ConfigureAwait(false) is { } commandReply)
        {
            await turnContext.SendActivityAsync(commandReply, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var question = new Question(text)
        {
            Asker = activity.From?.AadObjectId ?? activity.From?.Id,
            Conversation = activity.Conversation?.Id,
            ChosenSubject = choice?.Ref,
        };
        var answer = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        var reply = MessageFactory.Attachment(AdaptiveCardRenderer.Render(answer, text));
        reply.Summary = answer.Text.Length > 200 ? answer.Text[..200] : answer.Text;
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> CommandReplyAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        // Teams mentions of people arrive as their names (see TeamsMentions), which the commands resolve themselves.
        var asker = new ChatAsker(await members.EmailOfSenderAsync(turn, cancellationToken).ConfigureAwait(false), (_, _) => Task.FromResult<string?>(null));
        foreach (var set in commands)
        {
            if (await set.TryAnswerAsync(text, asker, cancellationToken).ConfigureAwait(false) is { } reply)
            {
                return reply;
            }
        }

        return null;
    }

    protected override async Task OnInstallationUpdateActivityAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Action is "remove" or "remove-upgrade")
        {
            await conversations.RevokeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await conversations.CaptureAsync(turnContext, cancellationToken).ConfigureAwait(false);
            if (turnContext.Activity.Action == "add")
            {
                await newcomers.ArrivedAsync(turnContext, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The bot added to a team, chat or personal scope: capture the reference (and, in a personal chat, a newcomer).
    /// Overridden rather than using Teams' members-added dispatch, which looks every member up in the roster first.
    /// </summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true)
        {
            await conversations.CaptureAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await newcomers.ArrivedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }
}
