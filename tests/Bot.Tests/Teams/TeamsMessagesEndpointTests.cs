using System.Net;
using System.Text.Json.Nodes;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Teams;

/// <summary><c>POST /api/messages</c> on the real bot (anonymous local mode), replies read from a fake Bot Connector.</summary>
public sealed class TeamsMessagesEndpointTests(TeamsBotProcess fixture) : IClassFixture<TeamsBotProcess>
{
    private FakeConnector Connector => fixture.Connector;

    [Fact]
    public async Task Message_WhoOwnsInPersonalChat_CardWithTheOwnerFacts()
    {
        using var response = await PostAsync(TeamsActivities.Personal("act-1", "a:personal-1", "who owns artist-lookup?", Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (path, reply) = Assert.Single(await Connector.WaitForPostsAsync("a:personal-1", 1));
        Assert.Equal("/v3/conversations/a:personal-1/activities/act-1", path);
        var attachment = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        var card = attachment["content"]!;
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var facts = card["body"]!.AsArray().Single(b => b!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray();
        Assert.Contains(facts, f => f!["title"]!.GetValue<string>() == "Owner" && f["value"]!.GetValue<string>().Contains("team", StringComparison.Ordinal));
        Assert.Contains("team-a", card["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_ChannelMention_MentionStrippedAndChoicesOffered()
    {
        await PostAsync(TeamsActivities.ChannelMention("act-2", "19:channel-2@thread.skype", "docs for petstore?", Connector.ServiceUrl));

        var (_, reply) = Assert.Single(await Connector.WaitForPostsAsync("19:channel-2@thread.skype", 1));
        var actions = reply["attachments"]![0]!["content"]!["actions"]!.AsArray();
        var submits = actions.Where(a => a!["type"]!.GetValue<string>() == "Action.Submit").ToList();
        Assert.Equal(["component:default/petstore", "api:default/petstore"], submits.Select(a => a!["data"]!["ref"]!.GetValue<string>()));
        Assert.All(submits, a => Assert.Equal("docs for petstore?", a!["data"]!["question"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Message_SubmitOfAChoice_AnswersTheOriginalQuestionForIt()
    {
        var click = TeamsActivities.Personal("act-3", "a:personal-3", "", Connector.ServiceUrl);
        click.Remove("text");
        click["value"] = new JsonObject { ["verb"] = "pick", ["ref"] = "api:default/petstore", ["question"] = "docs for petstore?" };

        await PostAsync(click);

        var (_, reply) = Assert.Single(await Connector.WaitForPostsAsync("a:personal-3", 1));
        var card = reply["attachments"]![0]!["content"]!;
        Assert.DoesNotContain(card["actions"]!.AsArray(), a => a!["type"]!.GetValue<string>() == "Action.Submit");
        Assert.Contains("definition of", card["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_ConnectorThrottles_ReplyDeliveredAfterRetry()
    {
        Connector.ThrottleFirstPostTo("a:throttled-1");

        using var response = await PostAsync(TeamsActivities.Personal("act-429", "a:throttled-1", "who owns searcher", Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([429, 200], Connector.Statuses("a:throttled-1"));
    }

    [Fact]
    public async Task Message_NotAnActivity_400()
    {
        using var response = await fixture.Bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var content = TeamsActivities.Content(activity);
        return await fixture.Bot.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }
}
