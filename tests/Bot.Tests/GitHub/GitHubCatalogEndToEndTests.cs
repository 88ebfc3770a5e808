using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Wayfinder.Bot.GitHub;
using Wayfinder.Bot.Tests.Support;
using Wayfinder.Catalog.Tests.Support;

namespace Wayfinder.Bot.Tests.GitHub;

/// <summary>
/// The real bot reading an organisation from a fake GitHub (REST list, GraphQL files): answers from its descriptors and
/// docs pages carry GitHub links and commits, and a signed push webhook makes the change answerable.
/// </summary>
public sealed class GitHubCatalogEndToEndTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "webhook-test-secret";
    private readonly string _folder = Directory.CreateTempSubdirectory("wayfinder-github-e2e-").FullName;
    private readonly FakeGitHub _gitHub = new("acme");
    private BotProcess _bot = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "teams.yaml"),
            "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: payments-team\nspec:\n  type: team\n  children: []\n");
        _gitHub.Repository("payments", new Dictionary<string, string>
        {
            ["catalog-info.yaml"] = Component("payments-api"),
            ["README.md"] = "# Payments API\n\nTakes card payments for the shop.\n",
            ["docs/deploy.md"] = "# Deploying payments-api\n\n## Checklist\n\nTell the team channel.\n\n## Rolling out to production\n\nPromote the green staging build with `pp-deploy promote payments-api`; the canary takes 10 minutes.\n",
        });
        _gitHub.Publish();
        _bot = await BotProcess.StartAsync(_folder,
        [
            "--Catalog:Paths:0", _folder, "--Catalog:Watch", "false", "--GitHub:Organizations:0", "acme", "--GitHub:ApiBaseUrl", _gitHub.BaseUrl.ToString(),
            "--GitHub:Token", "test-token", "--GitHub:WebhookSecret", Secret, "--GitHub:RefreshCron", "-",
        ], CancellationToken.None);
        await _bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public void Dispose()
    {
        _gitHub.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Ask_HowToDeployARepositorysComponent_AnswersWithTheDocsSectionLinkedAtTheCommitAndAnEditLink()
    {
        var answer = await AskAsync("how do I roll out payments-api to production?");

        var head = _gitHub.HeadOf("payments");
        Assert.Equal("docs", answer.GetProperty("intent").GetString());
        Assert.Contains("Rolling out to production", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("pp-deploy promote payments-api", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
        var links = answer.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("url").GetString()).ToList();
        Assert.Contains($"https://github.com/acme/payments/blob/{head}/docs/deploy.md#rolling-out-to-production", links);
        Assert.Contains("https://github.com/acme/payments/edit/main/docs/deploy.md", links);
        Assert.Contains(answer.GetProperty("sources").EnumerateArray(), s =>
            s.GetProperty("path").GetString() == "github.com/acme/payments/docs/deploy.md" && s.GetProperty("line").GetInt32() == 7
            && s.GetProperty("commit").GetString() == head);
    }

    [Fact]
    public async Task Webhook_SignedPushAddingAComponent_AnswerableAfterTheReload()
    {
        _gitHub.Push("payments", new Dictionary<string, string>
        {
            ["catalog-info.yaml"] = Component("payments-api") + "---\n" + Component("payments-reconciler"),
        });
        _gitHub.Publish();
        const string push = """{"ref":"refs/heads/main","repository":{"full_name":"acme/payments","default_branch":"main"},"commits":[]}""";

        using var response = await SendWebhookAsync("push", push);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        string? owner = null;
        while (owner is null && DateTime.UtcNow < deadline)
        {
            var answer = await AskAsync("who owns payments-reconciler");
            owner = answer.GetProperty("subject").GetString() == "component:default/payments-reconciler" ? answer.GetProperty("text").GetString() : null;
            await Task.Delay(owner is null ? 100 : 0);
        }

        Assert.NotNull(owner);
        Assert.Contains("payments-team", owner, StringComparison.Ordinal);
        Assert.DoesNotContain("test-token", _bot.Output, StringComparison.Ordinal);
    }

    private async Task<JsonElement> AskAsync(string question) =>
        await _bot.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/ask?q={Uri.EscapeDataString(question)}", UriKind.Relative));

    private async Task<HttpResponseMessage> SendWebhookAsync(string name, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/github/webhook", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-GitHub-Event", name);
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature-256", GitHubSignature.Compute(Secret, Encoding.UTF8.GetBytes(json)));
        return await _bot.Client.SendAsync(request);
    }

    private static string Component(string name) =>
        $"apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: {name}\nspec:\n  type: service\n  lifecycle: production\n  owner: payments-team\n";
}
