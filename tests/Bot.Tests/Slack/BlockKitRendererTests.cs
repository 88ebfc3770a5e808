using System.Text.Json.Nodes;
using Wayfinder.Bot.Slack.Inbound;
using Wayfinder.Bot.Slack.Rendering;
using Wayfinder.Skills.Answers;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary>Answers as Block Kit: escaped, within Slack's limits, with the right buttons.</summary>
public sealed class BlockKitRendererTests
{
    [Fact]
    public void Render_TextFromOutside_MrkdwnEscaped()
    {
        var message = BlockKitRenderer.Render(new Answer { Intent = Intents.Owner, Text = "<!channel> & <@U1> <https://x|y>" }, "q");

        var section = message.Blocks[0]!["text"]!["text"]!.GetValue<string>();
        Assert.Equal("&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x|y&gt;", section);
    }

    [Fact]
    public void Render_VeryLongAnswer_CutToSlackLimits()
    {
        var answer = new Answer
        {
            Intent = Intents.Search,
            Text = new string('a', 50_000),
            Facts = [.. Enumerable.Range(0, 30).Select(i => new AnswerFact($"F{i}", new string('b', 5_000)))],
            Links = [.. Enumerable.Range(0, 40).Select(i => new AnswerLink($"Link {i} " + new string('c', 100), $"https://example.com/{i}"))],
            Sources = [.. Enumerable.Range(0, 30).Select(i => new AnswerSource($"f{i}.yaml", i))],
        };

        var message = BlockKitRenderer.Render(answer, "q", offerShare: true);

        Assert.True(message.Text.Length <= 4_000);
        Assert.True(message.Blocks.Count <= 50);
        Assert.True(message.Blocks[0]!["text"]!["text"]!.GetValue<string>().Length <= 3_000);
        Assert.Equal(10, message.Blocks[1]!["fields"]!.AsArray().Count);
        Assert.All(message.Blocks[1]!["fields"]!.AsArray(), f => Assert.True(f!["text"]!.GetValue<string>().Length <= 2_000));
        var buttons = Buttons(message.Blocks);
        Assert.Equal(25, buttons.Count);
        Assert.All(buttons, b => Assert.True(b["text"]!["text"]!.GetValue<string>().Length <= 75));
        Assert.Equal("wayfinder.share", buttons[^1]["action_id"]!.GetValue<string>());
        Assert.Equal(10, message.Blocks[^1]!["elements"]!.AsArray().Count);
    }

    [Fact]
    public void Render_Alternatives_PickButtonsCarryTheQuestionAndRef()
    {
        var answer = new Answer { Intent = Intents.Owner, Text = "Which one?", Alternatives = ["component:default/petstore", "api:default/petstore"] };

        var buttons = Buttons(BlockKitRenderer.Render(answer, "who owns petstore").Blocks);

        Assert.Equal(2, buttons.Count);
        var choice = SlackChoice.FromValue(buttons[1]["value"]!.GetValue<string>());
        Assert.Equal(new SlackChoice("who owns petstore", "api:default/petstore"), choice);
        Assert.Equal(["wayfinder.pick.0", "wayfinder.pick.1"], buttons.Select(b => b["action_id"]!.GetValue<string>()));
    }

    [Fact]
    public void Render_LinkThatIsNotHttp_NoButton()
    {
        var answer = new Answer { Intent = Intents.Docs, Text = "Docs", Links = [new AnswerLink("x", "javascript:alert(1)"), new AnswerLink("y", "https://ok.example")] };

        var buttons = Buttons(BlockKitRenderer.Render(answer, "q").Blocks);

        Assert.Equal("https://ok.example", Assert.Single(buttons)["url"]!.GetValue<string>());
    }

    private static List<JsonNode> Buttons(JsonArray blocks) =>
        [.. blocks.Where(b => b!["type"]!.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray()).OfType<JsonNode>()];
}
