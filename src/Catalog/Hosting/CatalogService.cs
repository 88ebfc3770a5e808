using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wayfinder.Catalog.Indexing;
using Wayfinder.Catalog.Loading;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Relations;
using Wayfinder.Catalog.Validation;

namespace Wayfinder.Catalog.Hosting;

/// <summary>Loads, relates and indexes the catalog and serves the current version (see <see cref="ICatalog"/>).</summary>
internal sealed partial class CatalogService(
    IOptions<CatalogOptions> options,
    TimeProvider time,
    ILogger<CatalogService> logger) : ICatalog, IDisposable
{
    private readonly CatalogIndex _index = new(options.Value.IndexPath);
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private volatile CatalogSnapshot _snapshot = CatalogSnapshot.Empty;
    private volatile CatalogStatus _status = CatalogStatus.Initial;

    public CatalogSnapshot Snapshot => _snapshot;

    public CatalogStatus Status => _status;

    public SearchResult Search(string text, int limit = 10) => _index.Search(text, limit);

    public async Task<CatalogStatus> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = time.GetTimestamp();
            var paths = options.Value.EffectivePaths;
            LogLoading(logger, paths);
            var loaded = await new CatalogLoader(options.Value)
                .LoadAsync(paths, Directory.GetCurrentDirectory(), cancellationToken).ConfigureAwait(false);
            var snapshot = Build(loaded);
            if (snapshot.Entities.Count == 0 && snapshot.ErrorCount > 0 && _snapshot.Entities.Count > 0)
            {
                return Fail("the new load has no valid entities, only errors; still serving the previous catalog");
            }

            _index.Rebuild(snapshot, cancellationToken);
            _snapshot = snapshot;
            var warnings = snapshot.Problems.Count - snapshot.ErrorCount;
            _status = new CatalogStatus(CatalogState.Loaded, snapshot.Entities.Count, snapshot.ErrorCount, warnings,
                snapshot.LoadedAt, time.GetElapsedTime(started), null);
            LogLoaded(logger, snapshot.Entities.Count, loaded.FilesRead, snapshot.ErrorCount, warnings, _status.LoadDuration.TotalMilliseconds);
            return _status;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoadFailed(logger, ex);
            return Fail(ex.Message);
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    public void Dispose()
    {
        _index.Dispose();
        _reloadGate.Dispose();
    }

    private CatalogSnapshot Build(LoadResult loaded)
    {
        var problems = new List<CatalogProblem>(loaded.Problems);
        var relations = RelationBuilder.Build(loaded.Entities.ToDictionary(e => e.Ref), problems);
        return new CatalogSnapshot(loaded.Entities, relations, problems, time.GetUtcNow());
    }

    private CatalogStatus Fail(string reason)
    {
        var state = _snapshot.Entities.Count > 0 || _status.State == CatalogState.Loaded ? CatalogState.Loaded : CatalogState.Failed;
        _status = _status with { State = state, LastFailure = reason };
        return _status;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the catalog from {Paths}")]
    private static partial void LogLoading(ILogger logger, IReadOnlyList<string> paths);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog loaded: {Entities} entities from {Files} files, {Errors} errors, {Warnings} warnings, in {Milliseconds:F0} ms")]
    private static partial void LogLoaded(ILogger logger, int entities, int files, int errors, int warnings, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Catalog load failed; the previous catalog is still served")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);
}
