using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Wayfinder.Bot.Teams;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Bot.Tests.Teams;

/// <summary>Answers as Adaptive Cards: the contract Teams renders, escaped, and under the message size budget.</summary>
public sealed class AdaptiveCardRendererTests
{
    [Fact]
    public void Render_Answer_TitleTextFactsLinksAndSources()
    {
        var answer = new Answer
        {
            Intent = Intents.Owner,
            Title = "checkout-service",
            Text = "checkout-service is owned by Checkout & Payments.",
            Facts = [new AnswerFact("Owner", "Checkout & Payments"), new AnswerFact("Slack", "#team-payments")],
            Links = [new AnswerLink("Runbook", "https://runbooks.example.com/checkout", "runbook"), new AnswerLink("bad", "javascript:alert(1)")],
            Sources = [new AnswerSource("components/checkout.yaml", 37)],
        };

        var card = (JObject)AdaptiveCardRenderer.Render(answer, "who owns checkout").Content;

        Assert.Equal("AdaptiveCard", card.Value<string>("type"));
        Assert.Equal("1.5", card.Value<string>("version"));
        Assert.Equal(answer.Text, card.Value<string>("fallbackText"));
        var body = card["body"]!.Children<JObject>().ToList();
        Assert.Equal("Bolder", body[0].Value<string>("weight"));
        Assert.Equal(2, body.Single(b => b.Value<string>("type") == "FactSet")["facts"]!.Count());
        Assert.Contains("components/checkout.yaml:37", body[^1].Value<string>("text"), StringComparison.Ordinal);
        var action = Assert.Single(card["actions"]!.Children<JObject>());
        Assert.Equal("Action.OpenUrl", action.Value<string>("type"));
    }

    [Fact]
    public void Render_MarkdownFromTheCatalog_Escaped()
    {
        var card = (JObject)AdaptiveCardRenderer.Render(new Answer { Intent = Intents.Describe, Text = "[click](https://evil.example) **bold** _x_" }, "q").Content;

        Assert.Equal(@"\[click\]\(https://evil.example\) \*\*bold\*\* \_x\_", card["body"]![0]!.Value<string>("text"));
    }

    [Fact]
    public void Render_HugeAnswer_CutUnderTheMessageBudget()
    {
        var answer = new Answer
        {
            Intent = Intents.Search,
            Title = "big",
            Text = new string('a', 40_000),
            Facts = [.. Enumerable.Range(0, 40).Select(i => new AnswerFact($"F{i}", new string('b', 500)))],
            Sources = [.. Enumerable.Range(0, 200).Select(i => new AnswerSource($"folder/file-{i}.yaml", i))],
            Alternatives = [.. Enumerable.Range(0, 20).Select(i => $"component:default/c{i}")],
        };

        var card = (JObject)AdaptiveCardRenderer.Render(answer, "q").Content;

        Assert.True(card.ToString(Formatting.None).Length <= AdaptiveCardRenderer.MaxCardChars, $"{card.ToString(Formatting.None).Length} characters");
        Assert.Equal(6, card["actions"]!.Count());
    }
}
