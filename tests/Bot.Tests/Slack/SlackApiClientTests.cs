using System.Text.Json.Nodes;
using Wayfinder.Bot.Slack;
using Wayfinder.Bot.Slack.Outbound;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary>The typed Web API client over real HTTP against WireMock.Net: arguments, token, results and Slack's errors.</summary>
public sealed class SlackApiClientTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _http = new();
    private readonly SlackApiClient _client;

    public SlackApiClientTests()
    {
        SlackApiClient.Configure(_http, new SlackOptions { ApiBaseUrl = new Uri(_server.Url + "/api"), BotToken = "xoxb-secret" });
        _client = new SlackApiClient(_http);
    }

    [Fact]
    public async Task PostMessageAsync_Threaded_SendsChannelThreadTextAndBlocksWithTheToken()
    {
        Answer("chat.postMessage", """{"ok":true,"channel":"C1","ts":"1700000000.1"}""");

        var ts = await _client.PostMessageAsync("C1", new SlackMessage("hi", [new JsonObject { ["type"] = "section" }]), "1699.1", CancellationToken.None);

        Assert.Equal("1700000000.1", ts);
        var request = Assert.Single(_server.LogEntries).RequestMessage;
        Assert.Equal("Bearer xoxb-secret", request.Headers!["Authorization"].Single());
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal("C1", body["channel"]!.GetValue<string>());
        Assert.Equal("1699.1", body["thread_ts"]!.GetValue<string>());
        Assert.Equal("hi", body["text"]!.GetValue<string>());
        Assert.Equal("section", body["blocks"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task UserInfoAsync_User_EmailTrimmedAndLowerCased()
    {
        Answer("users.info", """{"ok":true,"user":{"id":"U1","real_name":"Jane Doe","tz":"Europe/London","is_bot":false,"deleted":false,"profile":{"email":" Jane.Doe@Example.com "}}}""");

        var user = await _client.UserInfoAsync("U1", CancellationToken.None);

        Assert.Equal(new SlackUser("U1", "jane.doe@example.com", "Jane Doe", "Europe/London", IsBot: false, Deleted: false), user);
        Assert.Equal("/api/users.info", Assert.Single(_server.LogEntries).RequestMessage.Path);
        Assert.Equal("U1", Assert.Single(_server.LogEntries).RequestMessage.Query!["user"].Single());
    }

    [Fact]
    public async Task LookupByEmailAsync_NotFound_TypedError()
    {
        Answer("users.lookupByEmail", """{"ok":false,"error":"users_not_found"}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => _client.LookupByEmailAsync("nobody@example.com", CancellationToken.None));

        Assert.Equal("users.lookupByEmail", error.Method);
        Assert.Equal("users_not_found", error.Error);
    }

    [Fact]
    public async Task OpenConversationAsync_User_DmChannelId()
    {
        Answer("conversations.open", """{"ok":true,"channel":{"id":"D42"}}""");

        Assert.Equal("D42", await _client.OpenConversationAsync("U1", CancellationToken.None));
    }

    [Fact]
    public async Task AuthTestAsync_NotJson_TypedError()
    {
        _server.Given(Request.Create().WithPath("/api/auth.test")).RespondWith(Response.Create().WithStatusCode(200).WithBody("<html>proxy</html>"));

        await Assert.ThrowsAsync<SlackApiException>(() => _client.AuthTestAsync(CancellationToken.None));
    }

    [Fact]
    public async Task OpenSocketAsync_AppToken_SentInsteadOfTheBotToken()
    {
        Answer("apps.connections.open", """{"ok":true,"url":"wss://wss.example/link"}""");

        var url = await _client.OpenSocketAsync("xapp-app", CancellationToken.None);

        Assert.Equal(new Uri("wss://wss.example/link"), url);
        Assert.Equal("Bearer xapp-app", Assert.Single(_server.LogEntries).RequestMessage.Headers!["Authorization"].Single());
    }

    public void Dispose()
    {
        _http.Dispose();
        _server.Stop();
    }

    private void Answer(string method, string json) =>
        _server.Given(Request.Create().WithPath($"/api/{method}")).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json));
}
