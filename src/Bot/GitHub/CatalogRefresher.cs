using System.Threading.Channels;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.GitHub;

/// <summary>
/// Reloads the catalog when asked (a webhook, the schedule), one reload at a time; requests made while one is waiting
/// fold into it, so a burst of pushes costs one reload. A failed reload keeps the last good catalog (see
/// <see cref="ICatalog.ReloadAsync"/>) and shows in <c>/healthz</c>.
/// </summary>
internal sealed partial class CatalogRefresher(ICatalog catalog, ILogger<CatalogRefresher> logger) : BackgroundService
{
    private readonly Channel<string> _requests = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a reload; <paramref name="reason"/> is logged.</summary>
    public void Request(string reason) => _requests.Writer.TryWrite(reason);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var reason in _requests.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            var status = await catalog.ReloadAsync(stoppingToken).ConfigureAwait(false);
            LogRefreshed(logger, reason, status.State, status.Entities, status.LastFailure);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog refreshed ({Reason}): {State}, {Entities} entities; last failure: {Failure}")]
    private static partial void LogRefreshed(ILogger logger, string reason, CatalogState state, int entities, string? failure);
}
