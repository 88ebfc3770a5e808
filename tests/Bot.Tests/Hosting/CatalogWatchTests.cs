using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Hosting;

public sealed class CatalogWatchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wayfinder-watch-").FullName;

    [Fact]
    public async Task Server_DescriptorAddedAndBroken_ReloadsAndKeepsServing()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "team.yaml"), Group("ledger-team"));
        await using var bot = await BotProcess.StartAsync(
            _folder, ["--Catalog:Paths:0", _folder, "--Catalog:WatchDebounce", "00:00:00.200"], CancellationToken.None);
        await bot.WaitForHealthAsync(HttpStatusCode.OK, CancellationToken.None);

        await File.WriteAllTextAsync(Path.Combine(_folder, "ledger.yaml"), Component("ledger-service", "ledger-team"));
        var hits = await WaitForHitAsync(bot, "ledger service", "component:default/ledger-service");
        Assert.Equal("group:default/ledger-team", hits[0].GetProperty("owner").GetString());

        await File.WriteAllTextAsync(Path.Combine(_folder, "team.yaml"), "kind: [unclosed");
        await File.WriteAllTextAsync(Path.Combine(_folder, "ledger.yaml"), "{{{ not yaml");
        var health = await WaitForHealthDataAsync(bot, data => data.TryGetProperty("lastFailure", out _));
        Assert.Equal("loaded", health.GetProperty("state").GetString());
        Assert.Equal(2, health.GetProperty("entities").GetInt32());
        var stillServed = await bot.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=ledger-service", UriKind.Relative));
        Assert.Equal("component:default/ledger-service", stillServed[0].GetProperty("ref").GetString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<List<JsonElement>> WaitForHitAsync(BotProcess bot, string query, string expectedRef)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var hits = await bot.Client.GetFromJsonAsync<JsonElement>(
                new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative), timeout.Token);
            if (hits.GetArrayLength() > 0 && hits[0].GetProperty("ref").GetString() == expectedRef)
            {
                return [.. hits.EnumerateArray()];
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    private static async Task<JsonElement> WaitForHealthDataAsync(BotProcess bot, Func<JsonElement, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            using var response = await bot.Client.GetAsync(new Uri("/healthz", UriKind.Relative), timeout.Token);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(timeout.Token);
            var data = body.GetProperty("checks").GetProperty("catalog").GetProperty("data");
            if (condition(data))
            {
                return data;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    private static string Group(string name) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: {name}
        spec:
          type: team
          children: []
        """;

    private static string Component(string name, string owner) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: service
          lifecycle: production
          owner: {owner}
        """;
}
