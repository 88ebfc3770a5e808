using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Health;

public sealed class HealthEndpointTests(FixtureCatalogBot fixture) : IClassFixture<FixtureCatalogBot>
{
    [Fact]
    public async Task Healthz_CatalogLoaded_ReportsHealthyWithCounts()
    {
        using var response = await fixture.Bot.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        var data = body.GetProperty("checks").GetProperty("catalog").GetProperty("data");
        Assert.Equal("loaded", data.GetProperty("state").GetString());
        Assert.Equal(67, data.GetProperty("entities").GetInt32());
        Assert.Equal(0, data.GetProperty("errors").GetInt32());
        Assert.Equal(2, data.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task Healthz_CatalogPathMissing_Returns503Failed()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"wayfinder-missing-{Guid.NewGuid():N}");
        await using var bot = await BotProcess.StartAsync(RepoPaths.Root, ["--Catalog:Paths:0", missing], CancellationToken.None);

        using var response = await bot.WaitForHealthAsync(HttpStatusCode.ServiceUnavailable, CancellationToken.None);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var catalog = body.GetProperty("checks").GetProperty("catalog");
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal(1, catalog.GetProperty("data").GetProperty("errors").GetInt32());
        Assert.Equal(0, catalog.GetProperty("data").GetProperty("entities").GetInt32());
    }

    [Fact]
    public async Task Server_DefaultSettingsFromRepositoryRoot_ServesSampleCatalog()
    {
        await using var bot = await BotProcess.StartAsync(RepoPaths.Root, [], CancellationToken.None);

        using var response = await bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var data = body.GetProperty("checks").GetProperty("catalog").GetProperty("data");
        Assert.True(data.GetProperty("entities").GetInt32() >= 50, bot.Output);
        Assert.Equal(0, data.GetProperty("errors").GetInt32());
        Assert.Contains(Path.Combine(RepoPaths.Root, "manifests"), bot.Output, StringComparison.Ordinal);
    }
}
