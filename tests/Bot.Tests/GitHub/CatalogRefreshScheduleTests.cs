using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Wayfinder.Bot.GitHub;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Pages;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Tests.GitHub;

public sealed class CatalogRefreshScheduleTests
{
    [Fact]
    public async Task ExecuteAsync_EveryQuarterHour_ReloadsAtEachTimeAndNotBefore()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 7, 0, TimeSpan.Zero));
        var catalog = new CountingCatalog();
        using var refresher = new CatalogRefresher(catalog, NullLogger<CatalogRefresher>.Instance);
        using var schedule = new CatalogRefreshSchedule(refresher, Options.Create(new GitHubRefreshOptions { RefreshCron = "0 */15 * * * ?" }), time);
        await refresher.StartAsync(CancellationToken.None);
        await schedule.StartAsync(CancellationToken.None);

        await AdvanceAsync(time, TimeSpan.FromMinutes(7.5));
        Assert.Equal(0, catalog.Reloads);
        await AdvanceAsync(time, TimeSpan.FromMinutes(1));
        await catalog.WaitForAsync(1);
        await AdvanceAsync(time, TimeSpan.FromMinutes(15));
        await catalog.WaitForAsync(2);

        await schedule.StopAsync(CancellationToken.None);
        await refresher.StopAsync(CancellationToken.None);
        Assert.Equal(2, catalog.Reloads);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    public async Task ExecuteAsync_ScheduleOff_NeverReloads(string cron)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 7, 0, TimeSpan.Zero));
        var catalog = new CountingCatalog();
        using var refresher = new CatalogRefresher(catalog, NullLogger<CatalogRefresher>.Instance);
        using var schedule = new CatalogRefreshSchedule(refresher, Options.Create(new GitHubRefreshOptions { RefreshCron = cron }), time);
        await refresher.StartAsync(CancellationToken.None);
        await schedule.StartAsync(CancellationToken.None);

        await AdvanceAsync(time, TimeSpan.FromHours(2));
        refresher.Request("test");
        await catalog.WaitForAsync(1);

        await schedule.StopAsync(CancellationToken.None);
        await refresher.StopAsync(CancellationToken.None);
        Assert.Equal(1, catalog.Reloads); // only the explicit request
    }

    /// <summary>Moves the clock a minute at a time, letting the schedule's timer callbacks run in between.</summary>
    private static async Task AdvanceAsync(FakeTimeProvider time, TimeSpan by)
    {
        for (var moved = TimeSpan.Zero; moved < by; moved += TimeSpan.FromSeconds(30))
        {
            time.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(5);
        }
    }

    private sealed class CountingCatalog : ICatalog
    {
        private int _reloads;

        public int Reloads => Volatile.Read(ref _reloads);

        public CatalogSnapshot Snapshot => CatalogSnapshot.Empty;

        public CatalogStatus Status => CatalogStatus.Initial;

        public SearchResult Search(string text, int limit = 10) => new([], CatalogSnapshot.Empty);

        public IReadOnlyList<SimilarName> FindSimilarNames(string phrase, int limit = 10) => [];

        public IReadOnlyList<PageHit> SearchPages(string text, IReadOnlyCollection<EntityRef>? within = null, int limit = 5) => [];

        public Task<CatalogStatus> ReloadAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reloads);
            return Task.FromResult(Status);
        }

        public async Task WaitForAsync(int reloads)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (Reloads < reloads)
            {
                await Task.Delay(10, timeout.Token);
            }
        }
    }
}
