using System.Diagnostics;
using System.Globalization;
using Wayfinder.Bench.Running;

namespace Wayfinder.Bench.Compare;

/// <summary>
/// The Wayfinder vs Lunr comparison: per size, generate (or reuse) the catalog, measure Wayfinder in a fresh child
/// process, run the Lunr baseline on the same entities and questions, grade both; then the HTTP load at the largest
/// size and start-to-ready of the Release bot at 10,000+ entities.
/// </summary>
internal sealed class CompareRun(BenchArguments arguments, TextWriter progress)
{
    private const int StartupMinimumEntities = 10_000;

    public async Task<CompareResults> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var cache = new CatalogCache(arguments.Out, progress);
        var largest = arguments.Entities.Max();
        var sizes = new List<CompareSize>();
        var startups = new List<StartupResult>();
        HttpLoadResult? http = null;
        foreach (var entities in arguments.Entities.Order())
        {
            var folder = cache.Ensure(entities, arguments.Seed, arguments.Regenerate);
            var size = await CompareSizeAsync(folder, entities, cancellationToken).ConfigureAwait(false);
            sizes.Add(size);
            if (arguments.Bot is { } bot && entities >= Math.Min(StartupMinimumEntities, largest))
            {
                var probe = ProbeQuestion(size.Wayfinder);
                var texts = size.Wayfinder.Questions.Select(q => q.Text).ToList();
                var (memory, load) = await ServeAsync(bot, folder, size.Wayfinder.Entities, indexOnDisk: false, probe, entities == largest ? texts : null, cancellationToken)
                    .ConfigureAwait(false);
                var (disk, _) = await ServeAsync(bot, folder, size.Wayfinder.Entities, indexOnDisk: true, probe, null, cancellationToken).ConfigureAwait(false);
                startups.Add(memory);
                startups.Add(disk);
                http ??= load;
            }
        }

        return new CompareResults(arguments.Seed, arguments.Questions, sizes, http, startups, Stopwatch.GetElapsedTime(started).TotalMinutes);
    }

    private async Task<CompareSize> CompareSizeAsync(string folder, int entities, CancellationToken cancellationToken)
    {
        var work = Path.Combine(Path.GetTempPath(), $"wayfinder-compare-{Guid.NewGuid():N}");
        try
        {
            progress.WriteLine($"Wayfinder: {entities:N0} entities, {arguments.Questions:N0} questions, in a fresh process");
            var wayfinder = await ChildProcess.RunAsync<WayfinderMeasurement>(
                ["--compare-measure", folder, "--work", work, "--seed", Text(arguments.Seed), "--questions", Text(arguments.Questions)], cancellationToken)
                .ConfigureAwait(false);
            var grader = new AnswerGrader(wayfinder.Owners);
            var wayfinderAccuracy = grader.Grade(wayfinder.Questions, wayfinder.Tops);
            progress.WriteLine($"  Wayfinder top-1 {wayfinderAccuracy.Overall:P1}, p99 {wayfinder.Latency.P99 / 1000:F2} ms");
            progress.WriteLine($"Lunr: {entities:N0} entities (node {arguments.Baseline})");
            var lunr = await LunrBaseline.RunAsync(arguments.Baseline, work, cancellationToken).ConfigureAwait(false);
            var lunrAccuracy = grader.Grade(wayfinder.Questions, lunr.Tops);
            progress.WriteLine($"  Lunr top-1 {lunrAccuracy.Overall:P1}, p99 {lunr.Latency.P99 / 1000:F2} ms, {lunr.WallSeconds:F1} s in all");
            var size = new CompareSize(wayfinder, wayfinderAccuracy, lunr, lunrAccuracy);
            progress.WriteLine($"  misses of either system: {MissesFile.Write(arguments.Out, size)}");
            return size;
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private async Task<(StartupResult Startup, HttpLoadResult? Load)> ServeAsync(
        string bot, string folder, int entities, bool indexOnDisk, string probe, IReadOnlyList<string>? loadQuestions, CancellationToken cancellationToken)
    {
        var index = indexOnDisk ? "disk" : "memory";
        progress.WriteLine($"Release bot: {entities:N0} entities, index in {index}: start to ready");
        await using var served = ServedBot.Start(bot, folder, indexOnDisk);
        var ready = await served.WaitReadyAsync(probe, cancellationToken).ConfigureAwait(false);
        progress.WriteLine($"  ready in {ready.TotalSeconds:F2} s");
        HttpLoadResult? load = null;
        if (loadQuestions is not null)
        {
            progress.WriteLine($"  GET /api/ask: {arguments.Concurrency} loops for {arguments.HttpSeconds} s");
            load = await new HttpLoad(served.BaseAddress, loadQuestions, arguments.Concurrency)
                .RunAsync(entities, TimeSpan.FromSeconds(arguments.HttpSeconds), cancellationToken).ConfigureAwait(false);
            progress.WriteLine($"  {load.RequestsPerSecond:F0} requests/s, p99 {load.Latency.P99 / 1000:F2} ms, {load.Non200} non-200");
        }

        return (new StartupResult(entities, index, ready.TotalSeconds), load);
    }

    /// <summary>The first who-owns question Wayfinder answered in process with a subject: a real name that resolves.</summary>
    private static string ProbeQuestion(WayfinderMeasurement wayfinder) =>
        wayfinder.Questions.First(q => q.Intent == CompareIntents.Owner && wayfinder.Tops.GetValueOrDefault(q.Id) is not null).Text;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
