using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>
/// The Bot Connector service Teams activities name as <c>serviceUrl</c>, played by WireMock.Net on loopback: it
/// accepts replies and new messages, answers roster lookups, and records everything.
/// </summary>
public sealed class FakeConnector : IDisposable
{
    public FakeConnector(string memberEmail = "Breanna.Davison@example.com")
    {
        Server = WireMockServer.Start();
        Server.Given(Request.Create().WithPath("/v3/conversations/*/activities*").UsingPost())
            .AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"id":"sent-1"}"""));
        Server.Given(Request.Create().WithPath("/v3/conversations/*/members/*").UsingGet())
            .AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"id":"29:user","name":"Breanna Davison","aadObjectId":"aad-breanna","email":"{{memberEmail}}","userPrincipalName":"{{memberEmail.ToLowerInvariant()}}","tenantId":"tenant-1"}"""));
    }

    public WireMockServer Server { get; }

    public string ServiceUrl => Server.Url + "/";

    /// <summary>Posts to <c>/v3/conversations/{conversation}/activities…</c> (paths unescaped), oldest first, as JSON.</summary>
    public IReadOnlyList<(string Path, JsonObject Body)> Posts(string conversation) =>
        [.. Server.LogEntries
            .Where(e => e.RequestMessage.Method == "POST" && Uri.UnescapeDataString(e.RequestMessage.Path).StartsWith($"/v3/conversations/{conversation}/activities", StringComparison.Ordinal))
            .OrderBy(e => e.RequestMessage.DateTime)
            .Select(e => (Uri.UnescapeDataString(e.RequestMessage.Path), JsonNode.Parse(e.RequestMessage.Body!)!.AsObject()))];

    /// <summary>Roster lookups in <paramref name="conversation"/> answer a person with this email.</summary>
    public void Member(string conversation, string email) =>
        Server.Given(Request.Create().WithPath($"/v3/conversations/{conversation}/members/*").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(new JsonObject { ["id"] = $"29:{conversation}", ["aadObjectId"] = $"aad-{conversation}", ["email"] = email, ["tenantId"] = "tenant-1" }.ToJsonString()));

    /// <summary>Every post to this conversation gets 403, as when a person blocked the bot.</summary>
    public void Block(string conversation) =>
        Server.Given(Request.Create().WithPath($"/v3/conversations/{conversation}/activities*").UsingPost())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("Content-Type", "application/json")
                .WithBody("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}"""));

    /// <summary>The first post to this conversation gets 429 with <c>Retry-After: 1</c>; later ones succeed.</summary>
    public void ThrottleFirstPostTo(string conversation) =>
        Server.Given(Request.Create().WithPath($"/v3/conversations/{conversation}/activities*").UsingPost())
            .InScenario($"throttle-{conversation}").WillSetStateTo("throttled-once").AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));

    /// <summary>Every request the connector received for this conversation, with its status, oldest first.</summary>
    public IReadOnlyList<int> Statuses(string conversation) =>
        [.. Server.LogEntries
            .Where(e => Uri.UnescapeDataString(e.RequestMessage.Path).StartsWith($"/v3/conversations/{conversation}/activities", StringComparison.Ordinal))
            .OrderBy(e => e.RequestMessage.DateTime)
            .Select(e => e.ResponseMessage.StatusCode is int status ? status : 200)];

    public async Task<IReadOnlyList<(string Path, JsonObject Body)>> WaitForPostsAsync(string conversation, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Posts(conversation).Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Posts(conversation);
    }

    public void Dispose() => Server.Stop();
}
