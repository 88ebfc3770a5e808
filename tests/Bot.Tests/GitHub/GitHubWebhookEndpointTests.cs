using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Wayfinder.Bot.GitHub;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.GitHub;

/// <summary><c>POST /github/webhook</c> on the real bot: verified deliveries reload the catalog, forged ones change nothing.</summary>
public sealed class GitHubWebhookEndpointTests : IAsyncLifetime
{
    private const string Secret = "webhook-test-secret";
    private readonly string _folder = Directory.CreateTempSubdirectory("wayfinder-webhook-").FullName;
    private BotProcess _bot = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "team.yaml"), Descriptor("Group", "ledger-team", "type: team\n  children: []"));
        _bot = await BotProcess.StartAsync(
            _folder, ["--Catalog:Paths:0", _folder, "--Catalog:Watch", "false", "--GitHub:WebhookSecret", Secret, "--GitHub:RefreshCron", "-"], CancellationToken.None);
        await _bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Webhook_PushToDefaultBranch_202AndTheChangeIsAnswered()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "ledger.yaml"), Component("ledger-service"));

        using var response = await SendAsync("push", Push("refs/heads/main"), sign: true);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await FoundWithinAsync("ledger-service", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Webhook_ForgedOrUnsigned_401AndNoReload()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "billing.yaml"), Component("billing-service"));

        using var forged = await SendAsync("push", Push("refs/heads/main"), sign: false, signature: GitHubSignature.Compute("not-the-secret", Encoding.UTF8.GetBytes(Push("refs/heads/main"))));
        using var unsigned = await SendAsync("push", Push("refs/heads/main"), sign: false);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Empty(await forged.Content.ReadAsByteArrayAsync());
        Assert.False(await FoundWithinAsync("billing-service", TimeSpan.FromSeconds(2)));
        Assert.DoesNotContain(Secret, _bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_PushToAnotherBranchOrOtherEvent_204AndPing200()
    {
        using var branch = await SendAsync("push", Push("refs/heads/feature/x"), sign: true);
        using var issue = await SendAsync("issues", """{"action":"opened"}""", sign: true);
        using var ping = await SendAsync("ping", """{"zen":"Keep it logically awesome."}""", sign: true);

        Assert.Equal(HttpStatusCode.NoContent, branch.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, issue.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal("pong", await ping.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Webhook_SignedButNotJson_400()
    {
        using var response = await SendAsync("push", "{{{ not json", sign: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string name, string json, bool sign, string? signature = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/github/webhook", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-GitHub-Event", name);
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        if ((sign ? GitHubSignature.Compute(Secret, Encoding.UTF8.GetBytes(json)) : signature) is { } value)
        {
            request.Headers.Add("X-Hub-Signature-256", value);
        }

        return await _bot.Client.SendAsync(request);
    }

    private async Task<bool> FoundWithinAsync(string name, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < deadline)
        {
            var hits = await _bot.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=" + name, UriKind.Relative));
            if (hits.EnumerateArray().Any(h => h.GetProperty("ref").GetString() == $"component:default/{name}"))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static string Push(string pushedRef) =>
        $$"""{"ref":"{{pushedRef}}","repository":{"full_name":"acme/ledger","default_branch":"main"},"commits":[]}""";

    private static string Component(string name) => Descriptor("Component", name, "type: service\n  lifecycle: production\n  owner: ledger-team");

    private static string Descriptor(string kind, string name, string spec) =>
        $"apiVersion: backstage.io/v1alpha1\nkind: {kind}\nmetadata:\n  name: {name}\nspec:\n  {spec}\n";
}
