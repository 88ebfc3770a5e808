using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;
using Wayfinder.Catalog.Validation;

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
        var problems = new List<CatalogProblem>(loaded.Problems);
        var relations = RelationBuilder.Build(loaded.Entities.ToDictionary(e => e.Ref), problems);
        return new CatalogSnapshot(loaded.Entities, relations, problems, time.GetUtcNow(), loaded.FilesRead);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the catalog from {Paths}")]
    private static partial void LogLoading(ILogger logger, IReadOnlyList<string> paths);
}
