using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wayfinder.Bot.Health;
using Wayfinder.Bot.Tests.Support;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Bot.Tests.Health;

public sealed class CatalogHealthCheckTests
{
    private static readonly DateTimeOffset LoadedAt = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task CheckHealth_Loading_Unhealthy()
    {
        var result = await CheckAsync(CatalogStatus.Initial);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("loading", result.Data["state"]);
    }

    [Fact]
    public async Task CheckHealth_NothingEverLoaded_UnhealthyWithReason()
    {
        var result = await CheckAsync(new CatalogStatus(CatalogState.Failed, 0, 3, 0, null, TimeSpan.Zero, "no valid entities"));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(3, result.Data["errors"]);
        Assert.Equal("no valid entities", result.Data["lastFailure"]);
    }

    [Fact]
    public async Task CheckHealth_Loaded_HealthyWithCounts()
    {
        var result = await CheckAsync(new CatalogStatus(CatalogState.Loaded, 67, 0, 2, LoadedAt, TimeSpan.FromSeconds(1), null));

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(67, result.Data["entities"]);
        Assert.Equal(2, result.Data["warnings"]);
        Assert.Equal(LoadedAt, result.Data["loadedAt"]);
        Assert.False(result.Data.ContainsKey("lastFailure"));
    }

    [Fact]
    public async Task CheckHealth_ReloadFailedAfterGoodLoad_DegradedStillServing()
    {
        var result = await CheckAsync(new CatalogStatus(CatalogState.Loaded, 67, 0, 0, LoadedAt, TimeSpan.FromSeconds(1), "disk gone"));

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(67, result.Data["entities"]);
        Assert.Equal("disk gone", result.Data["lastFailure"]);
    }

    private static Task<HealthCheckResult> CheckAsync(CatalogStatus status) =>
        new CatalogHealthCheck(new FakeCatalog(status)).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
}
