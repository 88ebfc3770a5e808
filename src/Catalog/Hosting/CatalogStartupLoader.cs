using Microsoft.Extensions.Hosting;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Hosting;

/// <summary>Loads the catalog once the host has started, so the server answers health checks while it loads.</summary>
internal sealed class CatalogStartupLoader(ICatalog catalog) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => catalog.ReloadAsync(stoppingToken);
}
