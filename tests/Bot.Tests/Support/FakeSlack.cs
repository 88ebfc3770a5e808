using System.Text.Json.Nodes;
using WireMock;
using WireMock.Matchers;
using WireMock.Types;
using WireMock.Util;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>
/// Slack's Web API (and its <c>response_url</c> hooks) played by a WireMock.Net server on loopback: every method the
/// bot calls answers <c>ok</c>, and every call is recorded for the test to read.
/// </summary>
public sealed class FakeSlack : IDisposable
{
    public const string BotUserId = "U0BOT";

    public FakeSlack()
    {
        Server = WireMockServer.Start();
        Ok("auth.test", $$"""{"ok":true,"user_id":"{{BotUserId}}","bot_id":"B0BOT","team_id":"T0001"}""");
        Ok("chat.postMessage", """{"ok":true,"channel":"C0001","ts":"1700000001.000100"}""");
        Ok("chat.update", """{"ok":true}""");
        Ok("chat.postEphemeral", """{"ok":true,"message_ts":"1700000001.000200"}""");
        Ok("conversations.open", """{"ok":true,"channel":{"id":"D0001"}}""");
        Ok("users.lookupByEmail", """{"ok":true,"user":{"id":"U-NEWHIRE","real_name":"New Hire","tz":"Etc/UTC","is_bot":false,"deleted":false,"profile":{"email":"new.hire@example.com"}}}""");
        Server.Given(Request.Create().WithPath("/hooks/*").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));
        Server.Given(Request.Create().WithPath("/api/conversations.history").UsingGet()).AtPriority(10).RespondWith(Response.Create().WithCallback(History));
    }

    public WireMockServer Server { get; }

    /// <summary>The Web API base URL to give the bot.</summary>
    public string ApiBaseUrl => $"{Server.Url}/api/";

    /// <summary>A response URL on this server.</summary>
    public string ResponseUrl(string name) => $"{Server.Url}/hooks/{name}";

    /// <summary>Recorded calls of one Web API method (or hook path), oldest first.</summary>
    public IReadOnlyList<SlackCall> Calls(string method) =>
        [.. Server.LogEntries
            .Where(e => e.RequestMessage.Path == (method.StartsWith('/') ? method : $"/api/{method}"))
            .OrderBy(e => e.RequestMessage.DateTime)
            .Select(e => new SlackCall(
                e.RequestMessage.Body is { Length: > 0 } body && body.TrimStart().StartsWith('{') ? JsonNode.Parse(body)!.AsObject() : [],
                e.RequestMessage.DateTime,
                e.ResponseMessage.StatusCode is int status ? status : 200))];

    /// <summary>Waits until <paramref name="count"/> calls match, then returns them (fails after <paramref name="timeout"/>).</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForAsync(string method, Func<SlackCall, bool> match, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var calls = Calls(method).Where(match).ToList();
            if (calls.Count >= count || DateTime.UtcNow > deadline)
            {
                return calls;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Every <c>chat.postMessage</c> takes <paramref name="delay"/> to answer, as a busy Slack would.</summary>
    public void SlowPosts(TimeSpan delay) =>
        Server.Given(Request.Create().WithPath("/api/chat.postMessage").UsingPost())
            .AtPriority(5)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"ok":true,"channel":"D0001","ts":"1700000001.000100"}""").WithDelay(delay));

    /// <summary><c>users.info</c> for <paramref name="userId"/> answers a person with this email.</summary>
    public void User(string userId, string email) =>
        Server.Given(Request.Create().WithPath("/api/users.info").WithParam("user", userId))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(new JsonObject { ["ok"] = true, ["user"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["deleted"] = false, ["profile"] = new JsonObject { ["email"] = email } } }.ToJsonString()));

    /// <summary><c>users.lookupByEmail</c> for <paramref name="email"/> answers a person with this id and time zone.</summary>
    public void Person(string email, string userId, string timeZone) =>
        Server.Given(Request.Create().WithPath("/api/users.lookupByEmail").WithParam("email", email))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(new JsonObject
                {
                    ["ok"] = true,
                    ["user"] = new JsonObject { ["id"] = userId, ["tz"] = timeZone, ["is_bot"] = false, ["deleted"] = false, ["profile"] = new JsonObject { ["email"] = email } },
                }.ToJsonString()));

    /// <summary><c>users.lookupByEmail</c> for <paramref name="email"/> answers <c>users_not_found</c>, as for someone not in the workspace.</summary>
    public void Stranger(string email) =>
        Server.Given(Request.Create().WithPath("/api/users.lookupByEmail").WithParam("email", email))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"ok":false,"error":"users_not_found"}"""));

    /// <summary><c>conversations.open</c> with <paramref name="userId"/> answers the DM <paramref name="dm"/> (everyone else shares <c>D0001</c>).</summary>
    public void DirectMessage(string userId, string dm) =>
        Server.Given(Request.Create().WithPath("/api/conversations.open").UsingPost().WithBody(new WildcardMatcher($"*\"{userId}\"*")))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = dm } }.ToJsonString()));

    /// <summary>The first <c>chat.postMessage</c> to <paramref name="channel"/> gets HTTP 429 with <c>Retry-After</c>; later ones succeed.</summary>
    public void RateLimitFirstPostTo(string channel, int retryAfterSeconds)
    {
        Server.Given(Request.Create().WithPath("/api/chat.postMessage").UsingPost().WithBody(new WildcardMatcher($"*\"{channel}\"*")))
            .InScenario($"rate-{channel}").WillSetStateTo("limited-once").AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// The first <paramref name="times"/> <c>chat.postMessage</c> calls whose body contains <paramref name="text"/> answer
    /// <c>ok:false</c> with <paramref name="error"/> (HTTP 200, so only the caller's own retry helps); later ones succeed.
    /// </summary>
    public void FailPostsContaining(string text, int times, string error)
    {
        var scenario = $"fail-{text}";
        for (var i = 0; i < times; i++)
        {
            var mapping = Server.Given(Request.Create().WithPath("/api/chat.postMessage").UsingPost().WithBody(new WildcardMatcher($"*{text}*")))
                .InScenario(scenario);
            mapping = i == 0 ? mapping : mapping.WhenStateIs($"failed-{i}");
            mapping.WillSetStateTo($"failed-{i + 1}").AtPriority(1)
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                    .WithBody(new JsonObject { ["ok"] = false, ["error"] = error }.ToJsonString()));
        }
    }

    public void Dispose() => Server.Stop();

    /// <summary><c>conversations.history</c>: what was posted to the channel, with its metadata, newest first.</summary>
    private ResponseMessage History(IRequestMessage request)
    {
        var channel = request.Query?["channel"].FirstOrDefault();
        var messages = new JsonArray([.. Calls("chat.postMessage").Where(c => c.Channel == channel).Reverse()
            .Select(c => (JsonNode)new JsonObject { ["type"] = "message", ["text"] = c.Text, ["metadata"] = c.Body["metadata"]?.DeepClone() })]);
        return new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
            BodyData = new BodyData { BodyAsString = new JsonObject { ["ok"] = true, ["messages"] = messages }.ToJsonString(), DetectedBodyType = BodyType.String },
        };
    }

    private void Ok(string method, string json) =>
        Server.Given(Request.Create().WithPath($"/api/{method}").UsingAnyMethod())
            .AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json));
}
