using System.Net;
using System.Text.Json.Nodes;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary><c>POST /slack/action</c>: a "which one?" click answers for the picked entity in place of the question.</summary>
public sealed class SlackActionEndpointTests(SlackBot fixture) : IClassFixture<SlackBot>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Action_PickOnAmbiguousAnswer_UpdatesTheMessageWithTheChosenAnswer()
    {
        using (var ask = SlackSigner.Json("/slack/event", SlackEventEndpointTests.Mention("Ev-pick", "C-PICK", "1700000000.001000", "<@U0BOT> docs for petstore")))
        {
            (await fixture.Client.SendAsync(ask)).Dispose();
        }

        var question = Assert.Single(await fixture.Slack.WaitForAsync("chat.postMessage", c => c.Channel == "C-PICK", 1, Wait));
        var pick = question.Body["blocks"]!.AsArray().Single(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray()
            .First(e => e!["action_id"]!.GetValue<string>().StartsWith("wayfinder.pick", StringComparison.Ordinal) && e["value"]!.GetValue<string>().Contains("api:default/petstore", StringComparison.Ordinal))!;

        using var click = SlackSigner.Form("/slack/action", [new("payload", Payload("C-PICK", "1700000001.000100", pick["action_id"]!.GetValue<string>(), pick["value"]!.GetValue<string>()))]);
        using var response = await fixture.Client.SendAsync(click);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var update = Assert.Single(await fixture.Slack.WaitForAsync("chat.update", c => c.Channel == "C-PICK", 1, Wait));
        Assert.Equal("1700000001.000100", update.Body["ts"]!.GetValue<string>());
        Assert.Contains("definition of", update.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_ShareFromAnEphemeralAnswer_PostsInChannelThroughTheResponseUrl()
    {
        var value = new JsonObject { ["question"] = "who owns artist-lookup", ["subject"] = "component:default/artist-lookup" }.ToJsonString();
        using var click = SlackSigner.Form("/slack/action", [new("payload", Payload("C-SHARE", "1700000001.000200", "wayfinder.share", value, ephemeral: true, responseUrl: fixture.Slack.ResponseUrl("actions/share")))]);
        using var response = await fixture.Client.SendAsync(click);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shared = Assert.Single(await fixture.Slack.WaitForAsync("/hooks/actions/share", _ => true, 1, Wait));
        Assert.Equal("in_channel", shared.Body["response_type"]!.GetValue<string>());
        Assert.Contains("team-a", shared.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"question\":\"\"}")]
    public async Task Action_ValueNotOurs_AcknowledgedAndIgnored(string value)
    {
        using var click = SlackSigner.Form("/slack/action", [new("payload", Payload("C-JUNK", "1700000001.000300", "wayfinder.pick.0", value))]);
        using var response = await fixture.Client.SendAsync(click);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(500);
        Assert.DoesNotContain(fixture.Slack.Calls("chat.update"), c => c.Channel == "C-JUNK");
    }

    [Fact]
    public async Task Action_ResponseUrlElsewhere_NeverCalled()
    {
        var value = new JsonObject { ["question"] = "who owns artist-lookup" }.ToJsonString();
        using var click = SlackSigner.Form("/slack/action", [new("payload", Payload("C-SSRF", "1", "wayfinder.share", value, ephemeral: true, responseUrl: "http://169.254.169.254/latest"))]);
        using var response = await fixture.Client.SendAsync(click);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Payload(string channel, string messageTs, string actionId, string value, bool ephemeral = false, string? responseUrl = null) => new JsonObject
    {
        ["type"] = "block_actions",
        ["api_app_id"] = "A0001",
        ["user"] = new JsonObject { ["id"] = "U0001", ["team_id"] = "T0001" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = ephemeral },
        ["channel"] = new JsonObject { ["id"] = channel },
        ["message"] = new JsonObject { ["ts"] = messageTs },
        ["response_url"] = responseUrl,
        ["actions"] = new JsonArray { new JsonObject { ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "b", ["value"] = value } },
    }.ToJsonString();
}
