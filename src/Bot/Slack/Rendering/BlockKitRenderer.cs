using System.Text.Json.Nodes;
using Wayfinder.Bot.Slack.Inbound;
using Wayfinder.Bot.Slack.Outbound;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Bot.Slack.Rendering;

/// <summary>
/// An <see cref="Answer"/> as Block Kit: the answer text, its facts as fields, links as buttons, "which one?" buttons
/// for alternatives, an optional "Share in channel" button, and a context line with the sources. Everything from
/// users or the catalog is mrkdwn-escaped; Slack's limits (3,000 characters a section, 10 fields, 25 buttons,
/// 10 context elements, 4,000 characters of notification text) are respected by cutting, never by failing.
/// </summary>
internal static class BlockKitRenderer
{
    private const int SectionLimit = 3_000;
    private const int FieldLimit = 2_000;
    private const int ButtonTextLimit = 75;
    private const int MaxButtons = 25;
    private const int MaxFields = 10;
    private const int MaxContext = 10;
    private const int NotificationLimit = 4_000;

    public static SlackMessage Render(Answer answer, string question, bool offerShare = false)
    {
        var blocks = new JsonArray { Section(answer) };
        if (answer.Facts.Count > 0)
        {
            blocks.Add(Fields(answer.Facts));
        }

        if (Buttons(answer, question, offerShare) is { Count: > 0 } buttons)
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["block_id"] = "wayfinder_actions", ["elements"] = buttons });
        }

        if (answer.Sources.Count > 0)
        {
            blocks.Add(Context(answer.Sources));
        }

        return new SlackMessage(Mrkdwn.Truncate(answer.Text, NotificationLimit), blocks);
    }

    private static JsonObject Section(Answer answer)
    {
        var title = answer.Title is { } t ? $"*{Mrkdwn.Escape(t)}*\n" : string.Empty;
        return new JsonObject
        {
            ["type"] = "section",
            ["text"] = Text("mrkdwn", Mrkdwn.Truncate(title + Mrkdwn.Escape(answer.Text), SectionLimit)),
        };
    }

    private static JsonObject Fields(IReadOnlyList<AnswerFact> facts)
    {
        var fields = new JsonArray();
        foreach (var fact in facts.Take(MaxFields))
        {
            fields.Add(Text("mrkdwn", Mrkdwn.Truncate($"*{Mrkdwn.Escape(fact.Label)}*\n{Mrkdwn.Escape(fact.Value)}", FieldLimit)));
        }

        return new JsonObject { ["type"] = "section", ["fields"] = fields };
    }

    private static JsonArray Buttons(Answer answer, string question, bool offerShare)
    {
        var buttons = new JsonArray();
        for (var i = 0; i < answer.Alternatives.Count && buttons.Count < MaxButtons; i++)
        {
            var button = Button(answer.Alternatives[i], $"{SlackActionIds.Pick}.{i}");
            button["value"] = new SlackChoice(question, answer.Alternatives[i]).ToValue();
            buttons.Add(button);
        }

        for (var i = 0; i < answer.Links.Count && buttons.Count < MaxButtons - (offerShare ? 1 : 0); i++)
        {
            var link = answer.Links[i];
            if (Uri.TryCreate(link.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" && link.Url.Length <= 3_000)
            {
                var button = Button(link.Title, $"{SlackActionIds.Link}.{i}");
                button["url"] = link.Url;
                buttons.Add(button);
            }
        }

        if (offerShare)
        {
            var share = Button("Share in channel", SlackActionIds.Share);
            share["value"] = new SlackChoice(question, answer.Subject).ToValue();
            buttons.Add(share);
        }

        return buttons;
    }

    private static JsonObject Context(IReadOnlyList<AnswerSource> sources)
    {
        var elements = new JsonArray();
        foreach (var source in sources.Take(MaxContext))
        {
            elements.Add(Text("mrkdwn", Mrkdwn.Escape($"{source.Path}:{source.Line}")));
        }

        return new JsonObject { ["type"] = "context", ["elements"] = elements };
    }

    /// <summary>A button; its text is plain text, so nothing in it is formatted.</summary>
    private static JsonObject Button(string text, string actionId) => new()
    {
        ["type"] = "button",
        ["action_id"] = actionId,
        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Mrkdwn.Truncate(text, ButtonTextLimit), ["emoji"] = false },
    };

    private static JsonObject Text(string type, string text) => new() { ["type"] = type, ["text"] = text };
}
