using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.Tests.Answers;

/// <summary>The terminal and plain-chat form of an answer.</summary>
public sealed class PlainTextRendererTests
{
    [Fact]
    public void Render_AnswerWithLinksAndSources_TextThenLinksThenSources()
    {
        var answer = new Answer
        {
            Intent = Intents.Runbook,
            Text = "Runbook for checkout.",
            Links = [new AnswerLink("Checkout runbook", "https://runbooks.example.com/checkout", "runbook")],
            Sources = [new AnswerSource("components/checkout.yaml", 12)],
        };

        Assert.Equal(
            "Runbook for checkout.\n  Checkout runbook: https://runbooks.example.com/checkout\n  Source: components/checkout.yaml:12",
            PlainTextRenderer.Render(answer));
    }

    [Fact]
    public void Render_Alternatives_ListsTheCandidates()
    {
        var answer = new Answer { Intent = Intents.Owner, Text = "Which one?", Alternatives = ["component:default/x", "api:default/x"] };

        Assert.Equal("Which one?\n  Candidates: component:default/x, api:default/x", PlainTextRenderer.Render(answer));
    }
}
