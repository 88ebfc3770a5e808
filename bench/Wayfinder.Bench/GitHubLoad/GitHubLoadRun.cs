using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wayfinder.Catalog;
using Wayfinder.Catalog.GitHub;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Tests.Support;

namespace Wayfinder.Bench.GitHubLoad;

/// <summary>
/// GitHub discovery against a generated organisation on the fake GitHub: the catalog built as the bot builds it
/// (<c>AddCatalog</c>, local groups plus one organisation), then three timed <c>ReloadAsync</c> calls: cold, warm with
/// nothing changed, warm after pushes to 1% of the repositories. Only <c>ReloadAsync</c> is timed; generating and
/// mapping the organisation is not. Any error, a count that differs from the plan, a warm request that is not a 304,
/// or a push the catalog missed fails the run.
/// </summary>
internal sealed class GitHubLoadRun(int repositories, TimeSpan latency, int seed, TextWriter progress)
{
    private const string Organization = "bench-org";
    private static readonly string[] Teams = [.. Enumerable.Range(1, 20).Select(i => $"team-{i:D2}")];

    public async Task<GitHubLoadResult> RunAsync(CancellationToken cancellationToken)
    {
        var plan = new RepositoryGenerator(Organization, Teams, seed).Generate(repositories);
        using var local = new BenchTeamsFolder(Teams);
        // Only Location targets are read over REST; mapping every file's contents route would make WireMock match each
        // request against ~12,000 more mappings, and the fake's time would swamp ours.
        using var fake = new FakeGitHub(Organization) { Latency = latency, ServesContents = path => path == RepositoryGenerator.LocationTarget };
        var publishTime = Publish(fake, plan);
        await FakeProbe.WarmUpAsync(fake, Organization, cancellationToken).ConfigureAwait(false);
        await using var services = Services(local.Path, fake.BaseUrl);
        var phases = new GitHubPhaseMeasurer(services, fake, Organization, progress);
        var expected = (Entities: Teams.Length + plan.Sum(r => r.Entities), Pages: plan.Sum(r => r.Pages));

        var cold = await phases.MeasureAsync("cold", cancellationToken).ConfigureAwait(false);
        GitHubLoadChecks.Counts(cold, expected.Entities, expected.Pages);
        var warm = await phases.MeasureAsync("warm, unchanged", cancellationToken).ConfigureAwait(false);
        GitHubLoadChecks.Counts(warm, expected.Entities, expected.Pages);
        GitHubLoadChecks.OnlyNotModified(warm);

        var pushed = PushSome(fake, plan);
        await FakeProbe.WarmUpAsync(fake, Organization, cancellationToken).ConfigureAwait(false);
        var afterPush = await phases.MeasureAsync("warm, after pushes", cancellationToken).ConfigureAwait(false);
        GitHubLoadChecks.Counts(afterPush, expected.Entities, expected.Pages);
        GitHubLoadChecks.PushesLoaded(services.GetRequiredService<ICatalog>().Snapshot, pushed);

        var roundTrips = await FakeProbe.RoundTripsAsync(fake, Organization, cancellationToken).ConfigureAwait(false);
        return new GitHubLoadResult(plan.Count, plan.Count(r => r.Included), latency, seed, plan.Sum(r => r.Files.Count), fake.Server.Mappings.Count, pushed.Count,
            publishTime, roundTrips.Ok, roundTrips.NotModified, [cold, warm, afterPush]);
    }

    private TimeSpan Publish(FakeGitHub fake, IReadOnlyList<GeneratedRepository> plan)
    {
        foreach (var repository in plan)
        {
            fake.Repository(repository.Name, repository.Files, repository.Description, repository.Topics, repository.Archived, repository.Fork);
        }

        var clock = Stopwatch.StartNew();
        fake.Publish();
        progress.WriteLine($"Fake GitHub: {plan.Count:N0} repositories, {plan.Sum(r => r.Files.Count):N0} files, {fake.Server.Mappings.Count:N0} mappings, published in {clock.Elapsed.TotalSeconds:F2} s");
        return clock.Elapsed;
    }

    /// <summary>The catalog's services as the bot registers them, configured in memory.</summary>
    private static ServiceProvider Services(string groupsFolder, Uri gitHub)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Catalog:Paths:0"] = groupsFolder,
            ["Catalog:Watch"] = "false",
            ["GitHub:Organizations:0"] = Organization,
            ["GitHub:ApiBaseUrl"] = gitHub.ToString(),
            ["GitHub:Token"] = "bench",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).AddSimpleConsole(o => o.SingleLine = true));
        services.AddCatalog(loadOnStart: false);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>Pushes a changed Component description to 1% of the read repositories that have a descriptor; name to new description.</summary>
    private Dictionary<string, string> PushSome(FakeGitHub fake, IReadOnlyList<GeneratedRepository> plan)
    {
        var candidates = plan.Where(r => r.Included && r.HasDescriptor).ToArray();
        new Random(seed + 1).Shuffle(candidates);
        var pushed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var repository in candidates.Take(Math.Max(1, repositories / 100)))
        {
            var description = $"{repository.Name} changed by push {pushed.Count + 1}.";
            var descriptor = repository.Files["catalog-info.yaml"]
                .Replace($"description: {repository.ComponentDescription}\n", $"description: {description}\n", StringComparison.Ordinal);
            fake.Push(repository.Name, new Dictionary<string, string> { ["catalog-info.yaml"] = descriptor });
            pushed[repository.Name] = description;
        }

        fake.Publish();
        progress.WriteLine($"Pushed to {pushed.Count} repositories");
        return pushed;
    }
}
