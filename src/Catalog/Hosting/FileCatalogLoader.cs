using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Hosting;

/// <summary>Loads <c>Catalog:Paths</c> (relative to the working directory) and computes relations.</summary>
internal sealed partial class FileCatalogLoader(
    IOptions<CatalogOptions> options,
    TimeProvider time,
    ILogger<FileCatalogLoader> logger) : ICatalogLoader
{
    public async Task<CatalogSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var paths = options.Value.EffectivePaths.Select(p => Path.GetFullPath(p)).ToList();
        LogLoading(logger, paths);
        var loaded = await new CatalogLoader(options.Value)
            .LoadAsync(paths, Directory.GetCurrentDirectory(), cancellationToken).ConfigureAwait(false);
        return CatalogSnapshot.Build(loaded, time.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the catalog from {Paths}")]
    private static partial void LogLoading(ILogger logger, IReadOnlyList<string> paths);
}
