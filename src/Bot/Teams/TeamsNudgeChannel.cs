using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Wayfinder.Bot.Conversations;
using Wayfinder.Bot.Onboarding.Delivery;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// Onboarding nudges in Teams: to the person's personal chat, found by the email captured with its conversation
/// reference (the app must be installed for them), as an Adaptive Card with link buttons and a Done button.
/// </summary>
internal sealed class TeamsNudgeChannel(IConversationStore store, TeamsProactiveSender sender) : INudgeChannel
{
    public string Name => "teams";

    public async Task<NudgeDelivery> SendAsync(string email, NudgeMessage message, CancellationToken cancellationToken)
    {
        var conversation = await store.FindByEmailAsync(TeamsConversations.Platform, email, cancellationToken).ConfigureAwait(false);
        return conversation is null
            ? NudgeDelivery.UnknownPerson
            : await sender.SendCardAsync(conversation, Card(message), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The nudge as an Adaptive Card 1.5; the plan's Markdown is the plan author's and shown as written.</summary>
    public static Attachment Card(NudgeMessage message)
    {
        var actions = new JArray(message.Links.Take(5).Select(l => new JObject { ["type"] = "Action.OpenUrl", ["title"] = l.Title, ["url"] = l.Url }));
        if (message.DoneSteps.Count > 0)
        {
            actions.Add(new JObject
            {
                ["type"] = "Action.Submit",
                ["title"] = "Done",
                ["data"] = new JObject { ["verb"] = TeamsDone.Verb, ["enrollment"] = message.EnrollmentId, ["steps"] = new JArray(message.DoneSteps) },
            });
        }

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = $"{message.Title}: {message.Text}",
            ["body"] = new JArray(
                new JObject { ["type"] = "TextBlock", ["text"] = TeamsMarkdown.Escape(message.Title), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JObject { ["type"] = "TextBlock", ["text"] = message.Text, ["wrap"] = true }),
            ["actions"] = actions,
        };
        return new Attachment { ContentType = AdaptiveCardRenderer.ContentType, Content = card };
    }
}
