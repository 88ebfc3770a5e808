using System.Net;
using System.Text.Json.Nodes;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary><c>POST /slack/event</c> on the real bot, signed requests built here, replies read from the fake Slack.</summary>
public sealed class SlackEventEndpointTests(SlackBot fixture) : IClassFixture<SlackBot>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private FakeSlack Slack => fixture.Slack;

    [Fact]
    public async Task Event_UrlVerification_EchoesTheChallenge()
    {
        using var response = await SendAsync(SlackSigner.Json("/slack/event", """{"type":"url_verification","token":"x","challenge":"c-123"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("c-123", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Event_MentionInChannel_ThreadedReplyWithTheOwner()
    {
        using var response = await SendAsync(SlackSigner.Json("/slack/event", Mention("Ev-mention", "C-MENTION", "1700000000.000100", "<@U0BOT> who owns artist-lookup?")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Slack.WaitForAsync("chat.postMessage", c => c.Channel == "C-MENTION", 1, Wait));
        Assert.Equal("1700000000.000100", reply.ThreadTs);
        Assert.Contains("team-a", reply.Text, StringComparison.Ordinal);
        Assert.Equal("section", reply.Body["blocks"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Event_DirectMessage_ReplyInTheDmNotThreaded()
    {
        var dm = Envelope("Ev-dm", new JsonObject
        {
            ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D-DM", ["user"] = "U0001", ["text"] = "who is on team-b", ["ts"] = "1700000000.000300",
        });
        await SendAsync(SlackSigner.Json("/slack/event", dm));

        var reply = Assert.Single(await Slack.WaitForAsync("chat.postMessage", c => c.Channel == "D-DM", 1, Wait));
        Assert.Null(reply.ThreadTs);
        Assert.Contains("team-b", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_RetryWithTheSameEventId_AnsweredOnce()
    {
        var body = Mention("Ev-retry", "C-RETRY", "1700000000.000400", "<@U0BOT> who owns petstore");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var request = SlackSigner.Json("/slack/event", body);
            request.Headers.Add("X-Slack-Retry-Num", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var response = await fixture.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Task.Delay(1_000);
        Assert.Single(Slack.Calls("chat.postMessage"), c => c.Channel == "C-RETRY");
    }

    [Fact]
    public async Task Event_MentionAndMessageOfTheSameMessage_AnsweredOnce()
    {
        await SendAsync(SlackSigner.Json("/slack/event", Mention("Ev-double-1", "C-DOUBLE", "1700000000.000500", "<@U0BOT> who owns searcher")));
        var message = Envelope("Ev-double-2", new JsonObject
        {
            ["type"] = "message", ["channel_type"] = "channel", ["channel"] = "C-DOUBLE", ["user"] = "U0001", ["text"] = "<@U0BOT> who owns searcher", ["ts"] = "1700000000.000500",
        });
        await SendAsync(SlackSigner.Json("/slack/event", message));

        await Task.Delay(1_000);
        Assert.Single(Slack.Calls("chat.postMessage"), c => c.Channel == "C-DOUBLE");
    }

    [Theory]
    [InlineData("bot_id")]
    [InlineData("subtype")]
    [InlineData("own")]
    public async Task Event_FromABotOrOfAnotherSubtype_Ignored(string noise)
    {
        var e = new JsonObject { ["type"] = "app_mention", ["channel"] = $"C-NOISE-{noise}", ["user"] = "U0001", ["text"] = "who owns petstore", ["ts"] = "1700000000.000600" };
        switch (noise)
        {
            case "bot_id": e["bot_id"] = "B0OTHER"; break;
            case "subtype": e["subtype"] = "message_changed"; break;
            default: e["user"] = FakeSlack.BotUserId; break;
        }

        using var response = await SendAsync(SlackSigner.Json("/slack/event", Envelope($"Ev-noise-{noise}", e)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(700);
        Assert.DoesNotContain(Slack.Calls("chat.postMessage"), c => c.Channel == $"C-NOISE-{noise}");
    }

    [Fact]
    public async Task Event_RateLimitedReply_DeliveredAfterRetryAfter()
    {
        Slack.RateLimitFirstPostTo("C-429", retryAfterSeconds: 1);

        await SendAsync(SlackSigner.Json("/slack/event", Mention("Ev-429", "C-429", "1700000000.000700", "<@U0BOT> who owns petstore")));

        var calls = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == "C-429", 2, Wait);
        Assert.Equal([429, 200], calls.Select(c => c.Status));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Event_BurstOf20InOneChannel_20RepliesInOrderAndSpaced()
    {
        var names = new[] { "artist-lookup", "petstore", "searcher", "playback-order", "queue-proxy" };
        for (var i = 0; i < 20; i++)
        {
            var ts = $"1700000100.{i:D6}";
            using var response = await SendAsync(SlackSigner.Json("/slack/event", Mention($"Ev-burst-{i}", "C-BURST", ts, $"<@U0BOT> who owns {names[i % names.Length]}")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var replies = await Slack.WaitForAsync("chat.postMessage", c => c.Channel == "C-BURST", 20, TimeSpan.FromSeconds(30));
        Assert.Equal(20, replies.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"1700000100.{i:D6}"), replies.Select(r => r.ThreadTs));
        Assert.All(replies.Zip(replies.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromMilliseconds(150)));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await fixture.Client.SendAsync(request);
        }
    }

    internal static string Mention(string eventId, string channel, string ts, string text) => Envelope(eventId, new JsonObject
    {
        ["type"] = "app_mention", ["channel"] = channel, ["user"] = "U0001", ["text"] = text, ["ts"] = ts, ["event_ts"] = ts,
    });

    internal static string Envelope(string eventId, JsonObject e) => new JsonObject
    {
        ["type"] = "event_callback", ["team_id"] = "T0001", ["api_app_id"] = "A0001", ["event_id"] = eventId, ["event_time"] = 1700000000, ["event"] = e,
    }.ToJsonString();
}
