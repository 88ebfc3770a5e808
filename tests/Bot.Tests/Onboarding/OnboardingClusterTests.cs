using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Wayfinder.Bot.Tests.Support;

namespace Wayfinder.Bot.Tests.Onboarding;

/// <summary>
/// Two bot hosts on one real PostgreSQL (a throwaway server from the installed binaries), Quartz clustered: 200 nudges
/// due within a minute are each delivered exactly once, and when one host is killed mid-way the other finishes them.
/// </summary>
public sealed class OnboardingClusterTests : IDisposable
{
    private static readonly string[] People =
    [
        "diego.alvarez", "fatima.elamrani", "oliver.brennan", "yuki.sato", "arjun.mehta",
        "hannah.lindqvist", "mateo.rossi", "aisha.bello", "liam.oconnor", "nadia.petrova",
    ];

    private readonly FakeSlack _slack = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"wayfinder-cluster-{Guid.NewGuid():N}");

    [SkippableFact]
    public async Task Nudges_TwoHostsOneKilledMidway_EachDeliveredExactlyOnce()
    {
        var (postgres, whyNot) = await PostgresServer.StartAsync();
        Skip.If(postgres is null, $"No PostgreSQL server could be started here: {whyNot}");
        await using var database = postgres!;
        _slack.SlowPosts(TimeSpan.FromMilliseconds(300));
        var due = NextMinute(DateTime.UtcNow.AddSeconds(50));
        string[] cluster = ["--Onboarding:Store", "postgres", "--ConnectionStrings:Wayfinder", database.ConnectionString, "--Onboarding:Plans:0", WritePlan(due)];

        var first = await OnboardingBot.StartAsync(_slack, Path.Combine(_data, "a"), cluster);
        await using var second = await OnboardingBot.StartAsync(_slack, Path.Combine(_data, "b"), cluster);
        foreach (var person in People)
        {
            using var response = await first.Client.PostAsJsonAsync(new Uri("/api/onboarding/enrollments", UriKind.Relative),
                new { email = $"{person}@pantrypost.example.com", startDate = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan = "cluster" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var before = await WaitForAsync(20, due + TimeSpan.FromSeconds(90));
        await first.DisposeAsync(); // killed mid-way
        var sent = await WaitForAsync(People.Length * 20, DateTime.UtcNow + TimeSpan.FromSeconds(90));

        Assert.InRange(before.Count, 20, (People.Length * 20) - 40);
        Assert.Equal(People.Length * 20, sent.Count);
        Assert.Equal(sent.Count, sent.Distinct(StringComparer.Ordinal).Count());
    }

    public void Dispose()
    {
        _slack.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task<List<string>> WaitForAsync(int count, DateTime until)
    {
        List<string> texts;
        do
        {
            await Task.Delay(250);
            texts = [.. _slack.Calls("chat.postMessage").Select(c => c.Text!).Where(t => t.Contains("cluster-check", StringComparison.Ordinal))];
        }
        while (texts.Count < count && DateTime.UtcNow < until);

        return texts;
    }

    private static DateTime NextMinute(DateTime at) => new DateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, DateTimeKind.Utc).AddMinutes(1);

    private string WritePlan(DateTime due)
    {
        var folder = Path.Combine(_data, "plans");
        Directory.CreateDirectory(folder);
        const string email = "{{person.email}}";
        var steps = Enumerable.Range(1, 20).Select(i => $"""
              - id: step-{i:D2}
                day: 1
                at: "{due:HH:mm}"
                message: "cluster-check {email} step-{i:D2}"
            """);
        File.WriteAllText(Path.Combine(folder, "cluster.yaml"), "id: cluster\ntitle: Cluster check\nfor: everyone\nsteps:\n" + string.Join('\n', steps) + "\n");
        return folder;
    }
}
