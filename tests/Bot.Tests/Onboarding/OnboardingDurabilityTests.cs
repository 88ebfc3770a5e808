using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>
/// Durability with the real SQLite files: a nudge scheduled by one bot process, which is then killed before it is due,
/// is sent exactly once by the next process started on the same files, and not again by a third.
/// </summary>
public sealed class OnboardingDurabilityTests : IDisposable
{
    private readonly FakeSlack _slack = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"wayfinder-durable-{Guid.NewGuid():N}");

    [Fact]
    public async Task Nudge_DueWhileTheBotIsDown_SentOnceAfterRestart()
    {
        var due = NextMinute(DateTime.UtcNow.AddSeconds(50));
        var plans = WritePlan(due);
        string[] extra = ["--Onboarding:Plans:0", plans];

        string id;
        await using (var first = await OnboardingBot.StartAsync(_slack, _data, extra))
        {
            using var response = await first.Client.PostAsJsonAsync(new Uri("/api/onboarding/enrollments", UriKind.Relative),
                new { email = "mei.tanaka@pantrypost.example.com", startDate = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan = "durable" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        } // killed, not stopped: the process gets no chance to send anything

        Assert.Empty(_slack.Calls("chat.postMessage"));
        var wait = due - DateTime.UtcNow + TimeSpan.FromSeconds(2);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        await using (var second = await OnboardingBot.StartAsync(_slack, _data, extra))
        {
            var sent = await _slack.WaitForAsync("chat.postMessage", c => c.Text!.Contains("durable-check", StringComparison.Ordinal), 1, TimeSpan.FromSeconds(30));
            Assert.True(sent.Count == 1, $"{sent.Count} nudges sent after the restart; the bot said:\n{second.Output}");
            var view = await second.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/onboarding/enrollments/{id}", UriKind.Relative));
            Assert.Equal("Sent", view.GetProperty("steps")[0].GetProperty("status").GetString());
        }

        await using (await OnboardingBot.StartAsync(_slack, _data, extra))
        {
            await Task.Delay(3_000);
            Assert.Single(_slack.Calls("chat.postMessage"), c => c.Text!.Contains("durable-check", StringComparison.Ordinal));
        }
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

    private static DateTime NextMinute(DateTime at) => new DateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, DateTimeKind.Utc).AddMinutes(1);

    private string WritePlan(DateTime due)
    {
        var folder = Path.Combine(_data, "plans");
        Directory.CreateDirectory(folder);
        const string firstName = "{{person.firstName}}";
        File.WriteAllText(Path.Combine(folder, "durable.yaml"), $$"""
            id: durable
            title: Durability check
            for: everyone
            steps:
              - id: only
                day: 1
                at: "{{due:HH:mm}}"
                message: "durable-check for {{firstName}}"
            """);
        return folder;
    }
}
