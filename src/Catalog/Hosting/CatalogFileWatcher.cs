using System.Threading.Channels;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Hosting;

/// <summary>
/// Reloads the catalog when a descriptor under the configured folders changes (<c>Catalog:Watch</c>), waiting
/// <c>Catalog:WatchDebounce</c> so a burst of saves or a git pull causes one reload. Files reached only through a
/// Location outside those folders are not watched.
/// </summary>
internal sealed partial class CatalogFileWatcher(
    ICatalog catalog,
    IOptions<CatalogOptions> options,
    TimeProvider time,
    ILogger<CatalogFileWatcher> logger) : BackgroundService
{
    private static readonly string[] Filters = ["**/*.yaml", "**/*.yml"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folders = WatchedFolders(options.Value);
        if (!options.Value.Watch || folders.Count == 0)
        {
            return;
        }

        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        var providers = folders.Select(f => new PhysicalFileProvider(f)).ToList();
        var registrations = providers
            .SelectMany(p => Filters.Select(filter =>
                ChangeToken.OnChange(() => p.Watch(filter), () => changes.Writer.TryWrite(true))))
            .ToList();
        LogWatching(logger, folders);
        try
        {
            while (await changes.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                // Let a burst of saves settle, then take every signal it raised and reload once.
                await Task.Delay(options.Value.WatchDebounce, time, stoppingToken).ConfigureAwait(false);
                while (changes.Reader.TryRead(out _))
                {
                }

                LogChanged(logger);
                await catalog.ReloadAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
        finally
        {
            registrations.ForEach(r => r.Dispose());
            providers.ForEach(p => p.Dispose());
        }
    }

    private static List<string> WatchedFolders(CatalogOptions options) =>
        options.EffectivePaths
            .Select(p => Path.GetFullPath(p))
            .Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(p))
            .OfType<string>()
            .Where(Directory.Exists)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folders} for catalog changes")]
    private static partial void LogWatching(ILogger logger, IReadOnlyList<string> folders);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog files changed; reloading")]
    private static partial void LogChanged(ILogger logger);
}
