using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding.Digest;

/// <summary>
/// The weekly manager digest on the real bot, its cron schedule set to every second: each manager gets one digest a
/// week however often the trigger fires, also after a restart on the same files; a bad schedule stops the start.
/// </summary>
public sealed class ManagerDigestJobTests : IDisposable
{
    private static readonly string[] EverySecond = ["--Onboarding:DigestSchedule", "* * * * * ?"];
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly FakeSlack _slack = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"wayfinder-digest-{Guid.NewGuid():N}");

    [Fact]
    public async Task Digest_FiringEverySecond_EachManagerGetsOneDigestListingOpenStepsAlsoAfterARestart()
    {
        _slack.Person("hannah.lindqvist@pantrypost.example.com", "U-HANNAH", "Etc/UTC");
        _slack.DirectMessage("U-HANNAH", "D-HANNAH");
        _slack.Person("oliver.brennan@pantrypost.example.com", "U-OLIVER", "Etc/UTC");
        _slack.DirectMessage("U-OLIVER", "D-OLIVER");

        await using (var first = await OnboardingBot.StartAsync(_slack, _data, EverySecond))
        {
            await EnrollAsync(first, "diego.alvarez", "hannah.lindqvist");
            var digest = Assert.Single(await _slack.WaitForAsync("chat.postMessage", c => c.Channel == "D-HANNAH", 1, Wait));
            Assert.StartsWith("Onboarding digest, week of ", digest.Text, StringComparison.Ordinal);
            Assert.Contains("**Diego Álvarez**: Joining Checkout & Payments, from ", digest.Text, StringComparison.Ordinal);
            Assert.Matches(@"\nOpen: [^\n]*payments-runbooks", digest.Text);
            await Task.Delay(TimeSpan.FromSeconds(2)); // more firings
        }

        await using (var second = await OnboardingBot.StartAsync(_slack, _data, EverySecond))
        {
            await EnrollAsync(second, "mateo.rossi", "oliver.brennan");
            Assert.Single(await _slack.WaitForAsync("chat.postMessage", c => c.Channel == "D-OLIVER", 1, Wait));
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        Assert.Single(_slack.Calls("chat.postMessage"), c => c.Channel == "D-HANNAH");
        Assert.Single(_slack.Calls("chat.postMessage"), c => c.Channel == "D-OLIVER");
    }

    [Fact]
    public async Task Start_DigestScheduleNotCron_StopsNamingTheSetting()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => OnboardingBot.StartAsync(_slack, _data, ["--Onboarding:DigestSchedule", "every monday"]));

        Assert.Contains("Onboarding:DigestSchedule 'every monday' is not a Quartz cron expression", failure.Message, StringComparison.Ordinal);
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

    private static async Task EnrollAsync(BotProcess bot, string person, string manager)
    {
        var start = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await bot.Client.PostAsJsonAsync(new Uri("/api/onboarding/enrollments", UriKind.Relative),
            new { email = $"{person}@pantrypost.example.com", startDate = start, manager = $"{manager}@pantrypost.example.com" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
