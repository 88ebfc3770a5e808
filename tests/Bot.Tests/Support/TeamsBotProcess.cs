using System.Net;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>The real bot with Teams in anonymous local mode, a fake connector, Backstage's example catalog and its own SQLite file.</summary>
public sealed class TeamsBotProcess : IAsyncLifetime
{
    private BotProcess? _bot;

    public FakeConnector Connector { get; } = new();

    public string Database { get; } = Path.Combine(Path.GetTempPath(), $"wayfinder-teams-{Guid.NewGuid():N}", "wayfinder.db");

    internal BotProcess Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync(
            RepoPaths.Root,
            ["--Catalog:Paths:0", RepoPaths.BackstageAll, "--Catalog:Paths:1", RepoPaths.BackstageOrg, "--Teams:Enabled", "true", "--Storage:SqlitePath", Database],
            CancellationToken.None);
        await _bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        Connector.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(Database)!, recursive: true);
    }
}
