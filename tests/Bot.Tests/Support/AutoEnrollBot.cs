using System.Net.Http.Json;
using System.Text.Json;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>
/// The real onboarding bot (see <see cref="OnboardingBot"/>) with <c>Onboarding:AutoEnroll</c> on, Slack against a
/// <see cref="FakeSlack"/> and Teams in anonymous local mode against a <see cref="FakeConnector"/>.
/// </summary>
public sealed class AutoEnrollBot : IAsyncLifetime
{
    private BotProcess? _bot;

    public FakeSlack Slack { get; } = new();

    public FakeConnector Connector { get; } = new();

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"wayfinder-autoenroll-{Guid.NewGuid():N}");

    public string Database => Path.Combine(DataFolder, "wayfinder.db");

    internal BotProcess Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client => Bot.Client;

    public async Task InitializeAsync() =>
        _bot = await OnboardingBot.StartAsync(Slack, DataFolder, ["--Onboarding:AutoEnroll", "true", "--Teams:Enabled", "true"]);

    /// <summary>The one enrolment of <paramref name="email"/>, as <c>GET /api/onboarding/enrollments/{id}</c> shows it, once it exists.</summary>
    public async Task<JsonElement> EnrollmentOfAsync(string email)
    {
        var id = Assert.Single(await StoredEnrollments.WaitForAsync(Database, email, TimeSpan.FromSeconds(20)));
        return await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/onboarding/enrollments/{id}", UriKind.Relative));
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        Slack.Dispose();
        Connector.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
