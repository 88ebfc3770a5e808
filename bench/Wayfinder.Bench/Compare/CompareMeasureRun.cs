using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Bench.Measuring;
using Wayfinder.Catalog;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Bench.Compare;

/// <summary>
/// Wayfinder's side of one size, meant to run alone in a fresh process: load and index the catalog as the bot does,
/// answer a warm-up set, then time every question of the comparison set in process (<see cref="IQuestionAnswerer"/>).
/// Peak memory is read before the Lunr inputs are written to <c>work</c>, so they do not count.
/// </summary>
internal sealed class CompareMeasureRun(string catalogFolder, string work, int seed, int questionCount, TextWriter progress)
{
    private const int WarmUpQuestions = 300;

    public async Task<WayfinderMeasurement> RunAsync(CancellationToken cancellationToken)
    {
        var loadAverage = MemoryProbe.LoadAverage();
        await using var services = BuildServices();
        var catalog = services.GetRequiredService<ICatalog>();
        var started = Stopwatch.GetTimestamp();
        var status = await catalog.ReloadAsync(cancellationToken).ConfigureAwait(false);
        var loadSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (status.State != CatalogState.Loaded || status.Errors > 0)
        {
            throw new InvalidOperationException($"the catalog did not load cleanly: {status}");
        }

        progress.WriteLine($"  Wayfinder loaded and indexed {status.Entities:N0} entities in {loadSeconds:F2} s");
        var snapshot = catalog.Snapshot;
        var questions = new CompareQuestions(snapshot, seed).Build(questionCount);
        var answerer = services.GetRequiredService<IQuestionAnswerer>();
        await AnswerAllAsync(answerer, new CompareQuestions(snapshot, seed + 1).Build(WarmUpQuestions), cancellationToken).ConfigureAwait(false);
        var (tops, ticks) = await AnswerAllAsync(answerer, questions, cancellationToken).ConfigureAwait(false);
        var peak = MemoryProbe.PeakRss();
        BaselineExport.Write(work, snapshot, questions);
        return new WayfinderMeasurement
        {
            Entities = status.Entities, LoadSeconds = loadSeconds, Latency = LatencyStats.FromTicks(ticks), PeakRssBytes = peak,
            LoadAverage = $"{loadAverage} → {MemoryProbe.LoadAverage()}", Questions = questions, Tops = tops, Owners = Owners(snapshot),
        };
    }

    private static async Task<(Dictionary<int, string?> Tops, long[] Ticks)> AnswerAllAsync(
        IQuestionAnswerer answerer, List<CompareQuestion> questions, CancellationToken cancellationToken)
    {
        var tops = new Dictionary<int, string?>(questions.Count);
        var ticks = new long[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await answerer.AnswerAsync(new Question(questions[i].Text), cancellationToken).ConfigureAwait(false);
            ticks[i] = Stopwatch.GetTimestamp() - started;
            tops[questions[i].Id] = answer.Subject;
        }

        return (tops, ticks);
    }

    private static Dictionary<string, string> Owners(CatalogSnapshot snapshot)
    {
        var owners = new Dictionary<string, string>(snapshot.Entities.Count, StringComparer.Ordinal);
        foreach (var entity in snapshot.Entities.Where(e => e.Ref.Kind != KnownKinds.Location))
        {
            if (OwnerOf.Ref(snapshot, entity.Ref) is { } owner)
            {
                owners[entity.Ref.ToString()] = owner;
            }
        }

        return owners;
    }

    private ServiceProvider BuildServices()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddCatalog(loadOnStart: false);
        services.AddSkills();
        services.Configure<CatalogOptions>(o => o.Paths = [catalogFolder]);
        return services.BuildServiceProvider();
    }
}
