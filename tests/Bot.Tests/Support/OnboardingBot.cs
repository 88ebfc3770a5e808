using System.Net;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>
/// The real bot with the sample catalog and plans, Slack against a <see cref="FakeSlack"/>, its own SQLite files, every
/// day a workday and no quiet hours (so a due nudge goes out whatever day and hour the tests run), and no weekly manager
/// digest unless a test schedules one.
/// </summary>
public sealed class OnboardingBot : IAsyncLifetime
{
    private BotProcess? _bot;

    public FakeSlack Slack { get; } = new();

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"wayfinder-onboarding-{Guid.NewGuid():N}");

    internal BotProcess Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client => Bot.Client;

    public async Task InitializeAsync() => _bot = await StartAsync(Slack, DataFolder, []);

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        Slack.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    /// <summary>Starts a bot on <paramref name="dataFolder"/> (a restart reuses the folder).</summary>
    internal static async Task<BotProcess> StartAsync(FakeSlack slack, string dataFolder, IEnumerable<string> extra)
    {
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        var bot = await BotProcess.StartAsync(
            RepoPaths.Root,
            [
                "--Storage:SqlitePath", Path.Combine(dataFolder, "wayfinder.db"),
                "--Slack:SigningSecret", SlackSigner.Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl,
                "--Onboarding:EnrollersGroup", "checkout-payments", "--Onboarding:DefaultTimeZone", "UTC", "--Onboarding:QuietFrom", "00:00", "--Onboarding:QuietUntil", "00:00",
                "--Onboarding:SendRetries", "2", "--Onboarding:SendRetryDelay", "00:00:01",
                "--Onboarding:TimeZoneLookupTimeout", "00:00:10", // the fake Slack's time zones, even on a loaded machine
                .. days.SelectMany((d, i) => new[] { $"--Onboarding:Workdays:{i}", d }),
                "--Onboarding:DigestSchedule", "-",
                .. extra,
            ],
            CancellationToken.None);
        await bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);
        return bot;
    }
}
