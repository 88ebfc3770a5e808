using System.Text.Json.Nodes;
using Wayfinder.Bot.Tests.Onboarding;
using Wayfinder.Bot.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Wayfinder.Bot.Tests.Slack;

/// <summary>Socket Mode: the real bot against a loopback WebSocket server playing Slack's envelopes, with a disconnect mid-stream.</summary>
public sealed class SlackSocketModeTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly FakeSlack _slack = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"wayfinder-socket-{Guid.NewGuid():N}");
    private FakeSocketModeServer _sockets = null!;
    private BotProcess? _bot;

    public async Task InitializeAsync()
    {
        _sockets = await FakeSocketModeServer.StartAsync();
        _slack.Server.Given(Request.Create().WithPath("/api/apps.connections.open").UsingPost().WithHeader("Authorization", "Bearer xapp-test-token"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(new JsonObject { ["ok"] = true, ["url"] = _sockets.SocketUrl.ToString() }.ToJsonString()));
    }

    [Fact]
    public async Task SocketMode_EnvelopesAcrossAWarningDisconnect_EachAckedAndAnsweredOnce()
    {
        _sockets.Script(Hello(), Envelope("env-1", "C-SOCKET-1", "who owns artist-lookup"), new JsonObject { ["type"] = "disconnect", ["reason"] = "warning" });
        _sockets.Script(Hello(), Envelope("env-2", "C-SOCKET-2", "who is on team-b"), Envelope("env-1-again", "C-SOCKET-1", "who owns artist-lookup", eventId: "Ev-env-1"));

        _bot = await BotProcess.StartAsync(RepoPaths.Root,
        [
            "--Catalog:Paths:0", RepoPaths.BackstageAll, "--Catalog:Paths:1", RepoPaths.BackstageOrg,
            "--Slack:BotToken", "xoxb-test-token", "--Slack:AppToken", "xapp-test-token", "--Slack:ApiBaseUrl", _slack.ApiBaseUrl,
        ], CancellationToken.None);

        var first = await _slack.WaitForAsync("chat.postMessage", c => c.Channel == "C-SOCKET-1", 1, Wait);
        var second = await _slack.WaitForAsync("chat.postMessage", c => c.Channel == "C-SOCKET-2", 1, Wait);
        await Task.Delay(500);

        Assert.Contains("team-a", Assert.Single(first).Text, StringComparison.Ordinal);
        Assert.Contains("team-b", Assert.Single(second).Text, StringComparison.Ordinal);
        Assert.Single(_slack.Calls("chat.postMessage"), c => c.Channel == "C-SOCKET-1");
        Assert.Equal(["env-1", "env-2", "env-1-again"], _sockets.Acks);
        Assert.Equal(2, _sockets.Connections);
        Assert.DoesNotContain("xapp-test-token", _bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SocketMode_LinkDisabled_StopsWithoutReconnecting()
    {
        _sockets.Script(Hello(), new JsonObject { ["type"] = "disconnect", ["reason"] = "link_disabled" });

        _bot = await BotProcess.StartAsync(RepoPaths.Root,
        [
            "--Catalog:Paths:0", RepoPaths.BackstageAll,
            "--Slack:BotToken", "xoxb-test-token", "--Slack:AppToken", "xapp-test-token", "--Slack:ApiBaseUrl", _slack.ApiBaseUrl,
        ], CancellationToken.None);

        var deadline = DateTime.UtcNow + Wait;
        while (!_bot.Output.Contains("link_disabled", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(2_500);
        Assert.Contains("not reconnecting", _bot.Output, StringComparison.Ordinal);
        Assert.Equal(1, _sockets.Connections);
    }

    [Fact]
    public async Task SocketMode_TeamJoinWithAutoEnroll_AckedAndEnrolledThroughTheSameHandler()
    {
        const string email = "ruth.abernathy@pantrypost.example.com";
        _slack.Person(email, "U-RUTH", "America/Chicago");
        var join = AutoEnrollTests.TeamJoin("Ev-join-ruth", AutoEnrollTests.Member("U-RUTH", email, "America/Chicago"));
        _sockets.Script(Hello(), new JsonObject
        {
            ["envelope_id"] = "env-join", ["type"] = "events_api", ["accepts_response_payload"] = false, ["retry_attempt"] = 0, ["payload"] = JsonNode.Parse(join),
        });

        _bot = await BotProcess.StartAsync(RepoPaths.Root,
        [
            "--Slack:BotToken", "xoxb-test-token", "--Slack:AppToken", "xapp-test-token", "--Slack:ApiBaseUrl", _slack.ApiBaseUrl,
            "--Onboarding:AutoEnroll", "true", "--Storage:SqlitePath", Path.Combine(_data, "wayfinder.db"),
        ], CancellationToken.None);

        var enrolled = await StoredEnrollments.WaitForAsync(Path.Combine(_data, "wayfinder.db"), email, Wait);
        Assert.Single(enrolled);
        Assert.Equal(["env-join"], _sockets.Acks);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _sockets.DisposeAsync();
    }

    public void Dispose()
    {
        _slack.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static JsonObject Hello() => new() { ["type"] = "hello", ["num_connections"] = 1, ["connection_info"] = new JsonObject { ["app_id"] = "A0001" } };

    private static JsonObject Envelope(string id, string channel, string text, string? eventId = null) => new()
    {
        ["envelope_id"] = id,
        ["type"] = "events_api",
        ["accepts_response_payload"] = false,
        ["retry_attempt"] = 0,
        ["payload"] = JsonNode.Parse(SlackEventEndpointTests.Mention(eventId ?? $"Ev-{id}", channel, "1700000200.000100", $"<@U0BOT> {text}")),
    };
}
