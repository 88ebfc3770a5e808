using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Catalog.GitHub;
using Wayfinder.Catalog.Querying;
using Wayfinder.Catalog.Tests.Support;

namespace Wayfinder.Bench.GitHubLoad;

/// <summary>
/// Times one <c>ICatalog.ReloadAsync</c> and counts its requests twice: on the server (the fake's request log, emptied
/// first) and on the client (<c>GitHubApi.Stats</c>, as a difference).
/// </summary>
internal sealed class GitHubPhaseMeasurer(IServiceProvider services, FakeGitHub fake, string organization, TextWriter progress)
{
    private readonly ICatalog _catalog = services.GetRequiredService<ICatalog>();
    private readonly GitHubRequestStats _stats = services.GetRequiredService<GitHubApi>().Stats;

    public async Task<GitHubPhase> MeasureAsync(string name, CancellationToken cancellationToken)
    {
        fake.Server.ResetLogEntries();
        var (requests, notModified) = (_stats.Requests, _stats.NotModified);
        var clock = Stopwatch.StartNew();
        var status = await _catalog.ReloadAsync(cancellationToken).ConfigureAwait(false);
        clock.Stop();
        if (status.State != CatalogState.Loaded || status.LastFailure is not null)
        {
            throw new InvalidOperationException($"{name} load failed: {status.LastFailure}");
        }

        var snapshot = _catalog.Snapshot;
        var phase = new GitHubPhase(name, clock.Elapsed, RequestCounts.From(fake.Server.LogEntries, organization),
            _stats.Requests - requests, _stats.NotModified - notModified, snapshot.Entities.Count, snapshot.Pages.Count,
            snapshot.ErrorCount, snapshot.Problems.Count - snapshot.ErrorCount);
        foreach (var problem in snapshot.Problems.Take(5))
        {
            progress.WriteLine($"  {problem}");
        }

        progress.WriteLine($"{name}: {phase.Wall.TotalSeconds:F2} s, {phase.Server.Total} requests ({phase.Server.NotModified} not modified), {phase.Entities} entities, {phase.Pages} pages");
        return phase;
    }
}
