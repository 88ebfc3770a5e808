using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Wayfinder.Bench.SlackLoad;

namespace Wayfinder.Bench.OnboardingLoad;

/// <summary>
/// Enrols <c>N</c> people (users of a generated catalog) in a 10-step plan through the Release bot's HTTP API, with the
/// first step of everyone due in the same minute: measures enrolment time, the size of Quartz's trigger store, and
/// nudges delivered per second to a fake Slack when they all come due.
/// </summary>
internal sealed partial class OnboardingLoadRun(string botDll, string catalog, int enrollments, TextWriter progress)
{
    private const int Steps = 10;

    public async Task<OnboardingLoadResult> RunAsync(CancellationToken cancellationToken)
    {
        var emails = Emails(catalog).Take(enrollments).ToList();
        if (emails.Count < enrollments)
        {
            throw new InvalidOperationException($"the catalog at {catalog} has {emails.Count} users with emails; {enrollments} needed");
        }

        var data = Path.Combine(Path.GetTempPath(), $"wayfinder-onboarding-load-{Guid.NewGuid():N}");
        var due = NextMinute(DateTime.UtcNow.AddSeconds(Math.Max(90, enrollments / 40.0)));
        var plans = WritePlan(data, due);
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(botDll, catalog, slack.BaseUrl, "bench-secret", cancellationToken,
            "--Storage:SqlitePath", Path.Combine(data, "wayfinder.db"), "--Onboarding:Plans:0", plans, "--Onboarding:DefaultTimeZone", "UTC",
            "--Onboarding:QuietFrom", "00:00", "--Onboarding:QuietUntil", "00:00",
            "--Onboarding:Workdays:0", "Monday", "--Onboarding:Workdays:1", "Tuesday", "--Onboarding:Workdays:2", "Wednesday",
            "--Onboarding:Workdays:3", "Thursday", "--Onboarding:Workdays:4", "Friday", "--Onboarding:Workdays:5", "Saturday", "--Onboarding:Workdays:6", "Sunday");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        await WaitForCatalogAsync(http, cancellationToken);

        progress.WriteLine($"  enrolling {emails.Count:N0} people, first step of each due {due:HH:mm} UTC");
        var (seconds, ticks) = await EnrollAllAsync(http, emails, due, cancellationToken);
        var (triggers, schedulerBytes, stateBytes) = StoreSize(data);
        progress.WriteLine($"  enrolled in {seconds:F1} s; {triggers:N0} triggers; waiting for the first nudges");
        var (delivered, deliverySeconds) = await WaitForDeliveryAsync(slack, emails.Count, due, cancellationToken);
        return new OnboardingLoadResult(emails.Count, Steps, seconds, Measuring.LatencyStats.FromTicks(ticks), triggers, schedulerBytes, stateBytes,
            emails.Count, delivered, deliverySeconds);
    }

    private static async Task<(double Seconds, long[] Ticks)> EnrollAllAsync(HttpClient http, List<string> emails, DateTime due, CancellationToken cancellationToken)
    {
        var ticks = new long[emails.Count];
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, emails.Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync(new Uri("api/onboarding/enrollments", UriKind.Relative),
                new { email = emails[i], startDate = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), plan = "load" }, ct);
            ticks[i] = Stopwatch.GetTimestamp() - sent;
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"enrolling {emails[i]} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
            }
        });
        return (Stopwatch.GetElapsedTime(started).TotalSeconds, ticks);
    }

    private static async Task<(int Delivered, double Seconds)> WaitForDeliveryAsync(FakeSlackApi slack, int expected, DateTime due, CancellationToken cancellationToken)
    {
        var deadline = due.AddMinutes(10);
        while (slack.Unthreaded.Count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, cancellationToken);
        }

        var times = slack.Unthreaded.ToArray();
        return times.Length == 0 ? (0, 0) : (times.Length, (times.Max() - times.Min()).TotalSeconds);
    }

    private static (long Triggers, long SchedulerBytes, long StateBytes) StoreSize(string data)
    {
        var scheduler = Path.Combine(data, "scheduler.db");
        using var connection = new SqliteConnection($"Data Source={scheduler};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM QRTZ_TRIGGERS";
        var triggers = (long)command.ExecuteScalar()!;
        long Size(string file) => Directory.GetFiles(data, file + "*").Sum(f => new FileInfo(f).Length);
        return (triggers, Size("scheduler.db"), Size("wayfinder.db"));
    }

    private static IEnumerable<string> Emails(string catalog) =>
        Directory.GetFiles(Path.Combine(catalog, "org"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => UserEmail().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["email"].Value)
            .Distinct(StringComparer.Ordinal);

    private static string WritePlan(string data, DateTime due)
    {
        var folder = Path.Combine(data, "plans");
        Directory.CreateDirectory(folder);
        var steps = Enumerable.Range(1, Steps).Select(i =>
            $"  - id: step-{i}\n    day: {i}\n    at: \"{(i == 1 ? due.ToString("HH:mm", CultureInfo.InvariantCulture) : "09:30")}\"\n    message: \"Step {i} for {{{{person.firstName}}}} of {{{{team.name}}}}\"\n    done: true");
        File.WriteAllText(Path.Combine(folder, "load.yaml"), "id: load\ntitle: Load check\nfor: everyone\nsteps:\n" + string.Join('\n', steps) + "\n");
        return folder;
    }

    private static async Task WaitForCatalogAsync(HttpClient http, CancellationToken cancellationToken)
    {
        while ((await http.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken)).StatusCode != HttpStatusCode.OK)
        {
            await Task.Delay(200, cancellationToken);
        }
    }

    private static DateTime NextMinute(DateTime at) => new DateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, DateTimeKind.Utc).AddMinutes(1);

    [GeneratedRegex(@"^\s+email:\s+(?<email>[a-z0-9]+\.[a-z0-9.]+@\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex UserEmail();
}
