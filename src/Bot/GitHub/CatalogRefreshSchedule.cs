using Microsoft.Extensions.Options;
using Quartz;
using Wayfinder.Bot.Scheduling;

namespace Wayfinder.Bot.GitHub;

/// <summary>
/// Asks for a catalog reload at each time of <see cref="GitHubRefreshOptions.RefreshCron"/> (UTC). Every replica keeps its
/// own index, so every replica refreshes on its own: this runs in each process, with Quartz's cron expressions, rather
/// than as a job in the shared (clustered) store, where only one replica would run it.
/// </summary>
internal sealed class CatalogRefreshSchedule(CatalogRefresher refresher, IOptions<GitHubRefreshOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (QuartzCronAttribute.IsOff(options.Value.RefreshCron))
        {
            return;
        }

        var cron = new CronExpression(options.Value.RefreshCron!.Trim(), TimeZoneInfo.Utc);
        while (!stoppingToken.IsCancellationRequested && cron.GetNextValidTimeAfter(time.GetUtcNow()) is { } next)
        {
            await Task.Delay(Max(next - time.GetUtcNow(), TimeSpan.Zero), time, stoppingToken).ConfigureAwait(false);
            refresher.Request("schedule");
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
