using System.Net;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary><c>POST /slack/command</c>: the answer in the immediate response, for the asker unless they share it.</summary>
public sealed class SlackCommandEndpointTests(SlackBot fixture) : IClassFixture<SlackBot>
{
    [Fact]
    public async Task Command_Question_EphemeralAnswerWithShareButton()
    {
        var reply = await CommandAsync("who owns artist-lookup");

        Assert.Equal("ephemeral", reply.GetProperty("response_type").GetString());
        Assert.Contains("team-a", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        var buttons = reply.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray()).Select(e => e.GetProperty("action_id").GetString());
        Assert.Contains("wayfinder.share", buttons);
    }

    [Fact]
    public async Task Command_Share_InChannel()
    {
        var reply = await CommandAsync("share who owns artist-lookup");

        Assert.Equal("in_channel", reply.GetProperty("response_type").GetString());
    }

    [Fact]
    public async Task Command_Empty_Help()
    {
        var reply = await CommandAsync("");

        Assert.Contains("who owns", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_OtherCommandName_PoliteRefusal()
    {
        var reply = await CommandAsync("who owns petstore", command: "/other");

        Assert.Contains("/wayfinder", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> CommandAsync(string text, string command = "/wayfinder")
    {
        using var request = SlackSigner.Form("/slack/command", new Dictionary<string, string>
        {
            ["command"] = command, ["text"] = text, ["user_id"] = "U0001", ["channel_id"] = "C-CMD", ["team_id"] = "T0001",
            ["response_url"] = fixture.Slack.ResponseUrl("commands/1"), ["trigger_id"] = "1.2.3",
        });
        using var response = await fixture.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
