using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wayfinder.Catalog.GitHub;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Catalog.Hosting;

/// <summary>
/// Loads <c>Catalog:Paths</c> (relative to the working directory), then, when configured, the GitHub organisations
/// (<c>GitHub:Organizations</c>), and computes relations over both. Local definitions win over GitHub's for the same
/// entity ref. A GitHub failure fails the whole load, so the previous catalog stays served.
/// </summary>
internal sealed partial class FileCatalogLoader(
    IOptions<CatalogOptions> options,
    GitHubCatalogSource gitHub,
    TimeProvider time,
    ILogger<FileCatalogLoader> logger) : ICatalogLoader
{
    public async Task<CatalogSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var paths = options.Value.EffectivePaths.Select(p => Path.GetFullPath(p)).ToList();
        LogLoading(logger, paths);
        var loaded = await new CatalogLoader(options.Value)
            .LoadAsync(paths, Directory.GetCurrentDirectory(), cancellationToken).ConfigureAwait(false);
        if (gitHub.Enabled)
        {
            loaded = Merge(loaded, await gitHub.LoadAsync(cancellationToken).ConfigureAwait(false));
        }

        return CatalogSnapshot.Build(loaded, time.GetUtcNow());
    }

    /// <summary>Both loads' entities (first definition of a ref wins, later ones are warned about), pages and problems.</summary>
    private static LoadResult Merge(LoadResult local, LoadResult gitHub)
    {
        var problems = new List<Validation.CatalogProblem>(local.Problems);
        problems.AddRange(gitHub.Problems);
        var collector = new EntityCollector(problems);
        foreach (var entity in local.Entities.Concat(gitHub.Entities))
        {
            collector.Add(entity);
        }

        return new LoadResult(collector.Entities, problems, local.FilesRead + gitHub.FilesRead) { Pages = [.. local.Pages, .. gitHub.Pages] };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the catalog from {Paths}")]
    private static partial void LogLoading(ILogger logger, IReadOnlyList<string> paths);
}
