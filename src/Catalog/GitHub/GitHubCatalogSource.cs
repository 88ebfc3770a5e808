using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octokit;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Loading;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Discovers the configured organisations' repositories and reads their entities, a few repositories at a time
/// (<see cref="GitHubOptions.MaxConcurrency"/>). Entities come back in organisation and repository order, whatever
/// order they were read in. A failure of the API (not of one descriptor) is thrown: the load fails and the previous
/// catalog stays served.
/// </summary>
internal sealed partial class GitHubCatalogSource(
    GitHubApi api,
    IOptions<GitHubOptions> options,
    IOptions<CatalogOptions> catalogOptions,
    ILogger<GitHubCatalogSource> logger)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>The entities and problems of every configured organisation.</summary>
    public async Task<LoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        var context = new LoadContext(catalogOptions.Value, [], Path.GetPathRoot(Environment.CurrentDirectory) ?? "/");
        var reader = new RepositoryReader(api, options.Value, context);
        var entities = new List<Entity>();
        var repositoriesRead = 0;
        foreach (var organization in options.Value.Organizations)
        {
            var repositories = (await api.RepositoriesAsync(organization, cancellationToken).ConfigureAwait(false))
                .Where(Included).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
            var read = await ReadAllAsync(organization, repositories, reader, cancellationToken).ConfigureAwait(false);
            entities.AddRange(read.SelectMany(e => e));
            repositoriesRead += repositories.Count;
        }

        return new LoadResult(entities, context.Problems, repositoriesRead);
    }

    private async Task<IReadOnlyList<Entity>[]> ReadAllAsync(
        string organization, List<Repository> repositories, RepositoryReader reader, CancellationToken cancellationToken)
    {
        var results = new IReadOnlyList<Entity>[repositories.Count];
        var done = 0;
        var step = Math.Max(1, repositories.Count / 10);
        LogDiscovered(logger, organization, repositories.Count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, repositories.Count), parallel, async (i, ct) =>
        {
            results[i] = await ReadOneAsync(reader, repositories[i], ct).ConfigureAwait(false);
            var finished = Interlocked.Increment(ref done);
            if (finished % step == 0 || finished == repositories.Count)
            {
                LogProgress(logger, organization, finished, repositories.Count, api.Stats.Requests, api.Stats.NotModified, api.Stats.Remaining);
            }
        }).ConfigureAwait(false);
        return results;
    }

    /// <summary>Reads one repository; an API failure is rethrown naming the repository, for the logs and <c>/healthz</c>.</summary>
    private static async Task<IReadOnlyList<Entity>> ReadOneAsync(RepositoryReader reader, Repository repository, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(repository, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException ex)
        {
            throw new InvalidOperationException($"GitHub: reading {repository.FullName} failed: {(int)ex.StatusCode} {ex.Message}", ex);
        }
    }

    private bool Included(Repository repository) =>
        (options.Value.IncludeArchived || !repository.Archived) && (options.Value.IncludeForks || !repository.Fork);

    [LoggerMessage(Level = LogLevel.Information, Message = "GitHub {Organization}: {Repositories} repositories to read")]
    private static partial void LogDiscovered(ILogger logger, string organization, int repositories);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "GitHub {Organization}: {Done}/{Total} repositories read; {Requests} requests so far ({NotModified} not modified), {Remaining} left in the rate limit")]
    private static partial void LogProgress(ILogger logger, string organization, int done, int total, int requests, int notModified, int remaining);
}
