using System.Net;

namespace Wayfinder.Bot.Tests.Support;

/// <summary>One bot process serving Backstage's example catalog, shared by a test class.</summary>
public sealed class FixtureCatalogBot : IAsyncLifetime
{
    private BotProcess? _bot;

    internal BotProcess Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync(
            RepoPaths.Root,
            ["--Catalog:Paths:0", RepoPaths.BackstageAll, "--Catalog:Paths:1", RepoPaths.BackstageOrg],
            CancellationToken.None);
        await _bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
