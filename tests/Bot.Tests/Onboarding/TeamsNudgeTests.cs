using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>Onboarding nudges delivered in Teams: to the personal chat captured when the person wrote to the bot.</summary>
public sealed class TeamsNudgeTests : IAsyncLifetime, IDisposable
{
    private readonly FakeConnector _connector = new("Mei.Tanaka@pantrypost.example.com");
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"wayfinder-teams-nudge-{Guid.NewGuid():N}");
    private BotProcess? _bot;

    public async Task InitializeAsync()
    {
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        _bot = await BotProcess.StartAsync(RepoPaths.Root,
        [
            "--Teams:Enabled", "true", "--Storage:SqlitePath", Path.Combine(_data, "wayfinder.db"),
            "--Onboarding:DefaultTimeZone", "UTC", "--Onboarding:QuietFrom", "00:00", "--Onboarding:QuietUntil", "00:00",
            .. days.SelectMany((d, i) => new[] { $"--Onboarding:Workdays:{i}", d }),
        ], CancellationToken.None);
        await _bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);
    }

    [Fact]
    public async Task Enroll_PersonWhoseTeamsChatIsKnown_CatchUpCardWithDoneInThatChat()
    {
        using (var hello = TeamsActivities.Content(TeamsActivities.Personal("act-hello", "a:mei", "help", _connector.ServiceUrl)))
        {
            (await _bot!.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), hello)).Dispose();
        }

        await _connector.WaitForPostsAsync("a:mei", 1);
        var start = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await _bot!.Client.PostAsJsonAsync(new Uri("/api/onboarding/enrollments", UriKind.Relative),
            new { email = "mei.tanaka@pantrypost.example.com", startDate = start });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var posts = await _connector.WaitForPostsAsync("a:mei", 2);
        Assert.Equal(2, posts.Count);
        var card = posts[1].Body["attachments"]![0]!["content"]!;
        Assert.Contains("Catching up", card["body"]![1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(card["actions"]!.AsArray(), a => a!["type"]!.GetValue<string>() == "Action.Submit" && a["data"]!["verb"]!.GetValue<string>() == "done");
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(id, card["actions"]!.AsArray().Last()!["data"]!["enrollment"]!.GetValue<string>());
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _connector.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
