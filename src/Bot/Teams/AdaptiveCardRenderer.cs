using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Bot.Teams;

/// <summary>
/// An <see cref="Answer"/> as an Adaptive Card (schema 1.5, the newest Teams renders for bots), sent as raw JSON:
/// title, text, a fact set, links as <c>Action.OpenUrl</c>, alternatives as <c>Action.Submit</c> carrying the question
/// and the picked ref, sources in small print, and the plain text as <c>fallbackText</c> for clients without cards.
/// A card that would pass the message size budget is cut (sources, then facts, then text) until it fits.
/// </summary>
internal static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams refuses large messages (413); the budget is the older, stricter limit, ~28 KB of UTF-16.</summary>
    public const int MaxCardChars = 14_000;

    private const int MaxActions = 6;
    private const int MaxFallbackChars = 2_000;

    public static Attachment Render(Answer answer, string question)
    {
        var card = Build(answer, question, sources: answer.Sources.Count, facts: answer.Facts.Count, textChars: int.MaxValue);
        var cuts = new (int Sources, int Facts, int Text)[] { (0, answer.Facts.Count, int.MaxValue), (0, 5, 4_000), (0, 0, 1_000) };
        foreach (var (sources, facts, text) in cuts)
        {
            if (card.ToString(Newtonsoft.Json.Formatting.None).Length <= MaxCardChars)
            {
                break;
            }

            card = Build(answer, question, sources, facts, text);
        }

        return new Attachment { ContentType = ContentType, Content = card };
    }

    private static JObject Build(Answer answer, string question, int sources, int facts, int textChars)
    {
        var body = new JArray();
        if (answer.Title is { } title)
        {
            body.Add(Text(title, weight: "Bolder", size: "Medium"));
        }

        body.Add(Text(answer.Text.Length > textChars ? answer.Text[..textChars] + "…" : answer.Text));
        if (facts > 0 && answer.Facts.Count > 0)
        {
            body.Add(new JObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JArray(answer.Facts.Take(facts).Select(f => new JObject { ["title"] = f.Label, ["value"] = TeamsMarkdown.Escape(f.Value) })),
            });
        }

        if (sources > 0 && answer.Sources.Count > 0)
        {
            body.Add(Text("Source: " + string.Join(", ", answer.Sources.Take(sources).Select(s => $"{s.Path}:{s.Line}")), subtle: true));
        }

        return new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = answer.Text.Length > MaxFallbackChars ? answer.Text[..MaxFallbackChars] + "…" : answer.Text,
            ["body"] = body,
            ["actions"] = Actions(answer, question),
        };
    }

    private static JArray Actions(Answer answer, string question)
    {
        var actions = new JArray();
        foreach (var alternative in answer.Alternatives.Take(MaxActions))
        {
            actions.Add(new JObject
            {
                ["type"] = "Action.Submit",
                ["title"] = alternative,
                ["data"] = new JObject { ["verb"] = TeamsChoice.Verb, ["ref"] = alternative, ["question"] = TeamsChoice.Shorten(question) },
            });
        }

        foreach (var link in answer.Links)
        {
            if (actions.Count < MaxActions && Uri.TryCreate(link.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
            {
                actions.Add(new JObject { ["type"] = "Action.OpenUrl", ["title"] = link.Title, ["url"] = link.Url });
            }
        }

        return actions;
    }

    private static JObject Text(string text, string? weight = null, string? size = null, bool subtle = false)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = TeamsMarkdown.Escape(text), ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
            block["size"] = "Small";
        }

        return block;
    }
}
