using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octokit;
using Wayfinder.Catalog.Loading;

namespace Wayfinder.Catalog.GitHub;

/// <summary>
/// Discovers the configured organisations' repositories (REST, conditional) and reads the files of those pushed to
/// since they were last read, <see cref="GitHubOptions.BatchSize"/> repositories per GraphQL request, a few requests at a
/// time (<see cref="GitHubOptions.MaxConcurrency"/>). Entities and pages come back in organisation and repository order,
/// whatever order they were read in. A failure of the API (not of one descriptor) is thrown: the load fails and the
/// previous catalog stays served.
/// </summary>
internal sealed partial class GitHubCatalogSource(
    GitHubApi api,
    IOptions<GitHubOptions> options,
    IOptions<CatalogOptions> catalogOptions,
    ILogger<GitHubCatalogSource> logger)
{
    private readonly RepositoryFilesCache _files = new();

    public bool Enabled => options.Value.Enabled;

    /// <summary>The entities, pages and problems of every configured organisation.</summary>
    public async Task<LoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        var context = new LoadContext(catalogOptions.Value, [], Path.GetPathRoot(Environment.CurrentDirectory) ?? "/");
        var reader = new RepositoryReader(api, options.Value, context);
        var reads = new List<RepositoryRead>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var organization in options.Value.Organizations)
        {
            var repositories = (await api.RepositoriesAsync(organization, cancellationToken).ConfigureAwait(false))
                .Where(Included).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
            listed.UnionWith(repositories.Select(r => r.NodeId));
            var fetched = await FetchChangedAsync(organization, repositories, cancellationToken).ConfigureAwait(false);
            reads.AddRange(await ReadAllAsync(repositories, fetched, reader, cancellationToken).ConfigureAwait(false));
        }

        _files.Retain(listed);
        return new LoadResult([.. reads.SelectMany(r => r.Entities)], context.Problems, listed.Count)
        {
            Pages = [.. reads.SelectMany(r => r.Pages)],
        };
    }

    /// <summary>Reads the files of every repository pushed to since it was last read, in batches; by node id.</summary>
    private async Task<Dictionary<string, RepositoryFiles?>> FetchChangedAsync(
        string organization, List<Repository> repositories, CancellationToken cancellationToken)
    {
        var fetched = new Dictionary<string, RepositoryFiles?>(StringComparer.Ordinal);
        var changed = repositories.Where(r => !_files.TryGet(r, out _)).ToList();
        LogDiscovered(logger, organization, repositories.Count, changed.Count);
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(changed.Chunk(options.Value.BatchSize), parallel, async (batch, ct) =>
        {
            var files = await FetchBatchAsync(batch, ct).ConfigureAwait(false);
            lock (fetched)
            {
                for (var i = 0; i < batch.Length; i++)
                {
                    _files.Set(batch[i], files[i]);
                    fetched[batch[i].NodeId] = files[i];
                }
            }

            var finished = Interlocked.Add(ref done, batch.Length);
            LogProgress(logger, organization, finished, changed.Count, api.Stats.Requests, api.Stats.NotModified, api.Stats.Remaining);
        }).ConfigureAwait(false);
        return fetched;
    }

    /// <summary>
    /// One GraphQL request. GitHub answers 502 or 504 when a query takes too long (a batch of big docs folders): the
    /// batch is then asked again in halves, down to single repositories. A failure that remains is rethrown naming the
    /// repositories, for the logs and <c>/healthz</c>.
    /// </summary>
    private async Task<IReadOnlyList<RepositoryFiles?>> FetchBatchAsync(Repository[] batch, CancellationToken cancellationToken)
    {
        try
        {
            return await api.RepositoryFilesAsync([.. batch.Select(r => r.NodeId)], cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (batch.Length > 1 && ex.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout)
        {
            LogSplitting(logger, batch.Length, (int)ex.StatusCode!);
            var half = batch.Length / 2;
            var first = await FetchBatchAsync(batch[..half], cancellationToken).ConfigureAwait(false);
            var second = await FetchBatchAsync(batch[half..], cancellationToken).ConfigureAwait(false);
            return [.. first, .. second];
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException
            || (ex is InvalidOperationException && !ex.Message.StartsWith("GitHub: reading", StringComparison.Ordinal)))
        {
            var names = batch.Length == 1 ? batch[0].FullName : $"{batch[0].FullName} and {batch.Length - 1} more";
            throw new InvalidOperationException($"GitHub: reading {names} failed: {ex.Message}", ex);
        }
    }

    /// <summary>Builds every repository's entities and pages, from files just fetched or kept from an earlier load.</summary>
    private async Task<RepositoryRead[]> ReadAllAsync(
        List<Repository> repositories, Dictionary<string, RepositoryFiles?> fetched, RepositoryReader reader, CancellationToken cancellationToken)
    {
        var results = new RepositoryRead[repositories.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, repositories.Count), parallel, async (i, ct) =>
        {
            if (!fetched.TryGetValue(repositories[i].NodeId, out var files))
            {
                _files.TryGet(repositories[i], out files);
            }

            results[i] = files is null ? RepositoryRead.None : await ReadOneAsync(reader, repositories[i], files, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return results;
    }

    /// <summary>Builds one repository's entities; a REST failure (a Location's file) is rethrown naming the repository.</summary>
    private static async Task<RepositoryRead> ReadOneAsync(RepositoryReader reader, Repository repository, RepositoryFiles files, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(repository, files, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException ex)
        {
            throw new InvalidOperationException($"GitHub: reading {repository.FullName} failed: {(int)ex.StatusCode} {ex.Message}", ex);
        }
    }

    private bool Included(Repository repository) =>
        (options.Value.IncludeArchived || !repository.Archived) && (options.Value.IncludeForks || !repository.Fork);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GitHub answered {Status} to a batch of {Repositories} repositories; asking again in halves")]
    private static partial void LogSplitting(ILogger logger, int repositories, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "GitHub {Organization}: {Repositories} repositories, {Changed} pushed to since last read")]
    private static partial void LogDiscovered(ILogger logger, string organization, int repositories, int changed);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "GitHub {Organization}: {Done}/{Total} repositories read; {Requests} requests so far ({NotModified} not modified), {Remaining} left in the rate limit")]
    private static partial void LogProgress(ILogger logger, string organization, int done, int total, int requests, int notModified, int remaining);
}
