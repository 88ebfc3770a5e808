using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Catalog;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Bench.Measuring;

/// <summary>
/// The measurement of one catalog size, meant to run alone in a fresh process: load and index through the public
/// API (<c>AddCatalog</c> + <c>ICatalog.ReloadAsync</c>), check there are no errors, then time lookups, searches and questions (<c>AddSkills</c>).
/// </summary>
internal sealed class MeasureRun(string folder, int seed, MeasureSettings settings, TextWriter progress)
{
    public async Task<SizeMeasurement> RunAsync(CancellationToken cancellationToken)
    {
        var loadAverageAtStart = MemoryProbe.LoadAverage();
        await using var services = BuildServices();
        var catalog = services.GetRequiredService<ICatalog>();
        var load = await LoadAsync(catalog, cancellationToken).ConfigureAwait(false);
        var snapshot = catalog.Snapshot;
        var queries = new QuerySetBuilder(snapshot.Entities, seed);
        var (lookup, variant, misses) = MeasureLookups(snapshot, queries);
        var searchGc = GcActivity.Start();
        var (search, sets) = MeasureSearches(catalog, queries);
        var (searchPause, searchCounts, _) = searchGc.Stop();
        var (ask, askResolved) = MeasureAsks(services.GetRequiredService<IQuestionAnswerer>(), snapshot);
        return new SizeMeasurement
        {
            Entities = load.Status.Entities, Files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).Length,
            Errors = load.Status.Errors, Warnings = load.Status.Warnings, FirstProblem = (snapshot.Problems.Count > 0 ? snapshot.Problems[0].ToString() : null),
            LoadSeconds = load.Seconds, AllocatedDuringLoadBytes = load.Allocated, GcHeapAfterLoadBytes = load.HeapAfter,
            LoadGcPauseMilliseconds = load.GcPause.TotalMilliseconds, LoadGcCounts = load.GcCounts,
            RssAfterLoadBytes = load.RssAfter, PeakRssBytes = MemoryProbe.PeakRss(), PeakWorkingSetBytes = MemoryProbe.PeakWorkingSet(),
            SearchGcPauseMilliseconds = searchPause.TotalMilliseconds, SearchGcCounts = searchCounts, ServerGc = GCSettings.IsServerGC,
            LoadAverageAtStart = loadAverageAtStart, LoadAverageAtEnd = MemoryProbe.LoadAverage(),
            Lookup = lookup, LookupVariant = variant, LookupMisses = misses, Search = search, SearchSets = sets,
            Ask = ask, AskResolved = askResolved,
        };
    }

    /// <summary>Times the load; fails when it reports any error, since the generated catalog is valid by construction.</summary>
    private async Task<LoadOutcome> LoadAsync(ICatalog catalog, CancellationToken cancellationToken)
    {
        var gc = GcActivity.Start();
        var started = Stopwatch.GetTimestamp();
        var status = await catalog.ReloadAsync(cancellationToken).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var (pause, counts, allocated) = gc.Stop();
        progress.WriteLine($"  loaded {status.Entities:N0} entities in {seconds:F2} s ({status.Errors} errors, {status.Warnings} warnings)");
        if (status.State != CatalogState.Loaded || status.Errors > 0 || status.LastFailure is not null)
        {
            throw new InvalidOperationException(
                $"the catalog did not load cleanly: {status}; first problem: {(catalog.Snapshot.Problems.Count > 0 ? catalog.Snapshot.Problems[0] : "none")}");
        }

        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        return new LoadOutcome(status, seconds, allocated, pause, counts, heapAfter, MemoryProbe.CurrentRss());
    }

    private ServiceProvider BuildServices()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddCatalog(loadOnStart: false);
        services.AddSkills();
        services.Configure<CatalogOptions>(o => o.Paths = [folder]);
        return services.BuildServiceProvider();
    }

    private (LatencyStats Lookup, LatencyStats Variant, int Misses) MeasureLookups(CatalogSnapshot snapshot, QuerySetBuilder queries)
    {
        LookupMeasurer.Measure(snapshot, queries.Exact("warm-up", settings.WarmupLookups));
        LookupMeasurer.Measure(snapshot, queries.TitleSpaced("warm-up", settings.WarmupLookups));
        var (lookup, exactMisses) = LookupMeasurer.Measure(snapshot, queries.Exact("exact", settings.Lookups));
        var (variant, variantMisses) = LookupMeasurer.Measure(snapshot, queries.TitleSpaced("spaced", settings.Lookups));
        progress.WriteLine($"  lookup p50 {lookup.P50:F1} µs, p99 {lookup.P99:F1} µs; variant p99 {variant.P99:F1} µs; misses {exactMisses + variantMisses}");
        return (lookup, variant, exactMisses + variantMisses);
    }

    private (LatencyStats All, List<SearchSetResult> Sets) MeasureSearches(ICatalog catalog, QuerySetBuilder queries)
    {
        foreach (var warmUp in queries.SearchSets(Math.Max(1, settings.WarmupSearches / 5)))
        {
            SearchMeasurer.Measure(catalog, warmUp);
        }

        var results = new List<SearchSetResult>();
        var allTicks = new List<long>();
        foreach (var set in queries.SearchSets(settings.SearchesPerSet))
        {
            var (result, ticks) = SearchMeasurer.Measure(catalog, set);
            results.Add(result);
            allTicks.AddRange(ticks);
            progress.WriteLine($"  search {set.Name,-7} p50 {result.Latency.P50 / 1000:F2} ms, p99 {result.Latency.P99 / 1000:F2} ms, top-1 {result.Top1:P1}");
        }

        return (LatencyStats.FromTicks(allTicks), results);
    }

    private (LatencyStats Latency, double Resolved) MeasureAsks(IQuestionAnswerer answerer, CatalogSnapshot snapshot)
    {
        var questions = new AskQuestions(snapshot.Entities, seed);
        AskMeasurer.Measure(answerer, questions.Build("warm-up", settings.WarmupAsks));
        var (latency, resolved) = AskMeasurer.Measure(answerer, questions.Build("ask", settings.Asks));
        progress.WriteLine($"  ask p50 {latency.P50 / 1000:F2} ms, p99 {latency.P99 / 1000:F2} ms, intended entity resolved or offered {resolved:P1}");
        return (latency, resolved);
    }

    private sealed record LoadOutcome(
        CatalogStatus Status, double Seconds, long Allocated, TimeSpan GcPause, string GcCounts, long HeapAfter, long RssAfter);
}
