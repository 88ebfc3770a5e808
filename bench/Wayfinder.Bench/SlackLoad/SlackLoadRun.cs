using System.Diagnostics;
using System.Net;

namespace Wayfinder.Bench.SlackLoad;

/// <summary>
/// Drives the Release bot's <c>POST /slack/event</c> with signed mentions at a fixed rate (open loop: requests go out
/// on schedule whether or not earlier ones were answered), times every acknowledgement, then checks at the fake Slack
/// that every question got exactly one reply.
/// </summary>
internal sealed class SlackLoadRun(string botDll, string catalog, double rate, TimeSpan duration, TextWriter progress)
{
    private const string Secret = "bench-signing-secret";

    public async Task<SlackLoadResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(botDll, catalog, slack.BaseUrl, Secret, cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = bot.BaseAddress };
        await WaitForCatalogAsync(http, cancellationToken);
        var subjects = new[] { "checkout-service", "payments-gateway", "orders-service", "route-planner", "basket-service", "grafana", "checkout-payments", "pricing-api" };

        progress.WriteLine($"  warm-up: 2 s at {rate / 5:F0}/s");
        await FireAsync(http, 0, (int)(rate / 5 * 2), rate / 5, subjects, cancellationToken);
        slack.RepliesByThread.Clear();

        var count = (int)(rate * duration.TotalSeconds);
        progress.WriteLine($"  measuring: {count:N0} signed mentions at {rate:F0}/s");
        var started = Stopwatch.GetTimestamp();
        var (ticks, non200) = await FireAsync(http, 1_000_000, count, rate, subjects, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var drain = await WaitForRepliesAsync(slack, count, cancellationToken);
        var replies = Enumerable.Range(1_000_000, count).Select(i => slack.RepliesByThread.GetValueOrDefault(SignedMention.Thread(i))).ToList();
        return new SlackLoadResult(count, rate, count / seconds, Measuring.LatencyStats.FromTicks(ticks), non200,
            replies.Count(r => r == 1), replies.Count(r => r == 0), replies.Count(r => r > 1), drain);
    }

    private static async Task<(long[] Ticks, int Non200)> FireAsync(
        HttpClient http, int first, int count, double perSecond, string[] subjects, CancellationToken cancellationToken)
    {
        var ticks = new long[count];
        var non200 = 0;
        var sends = new List<Task>(count);
        var origin = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            var wait = due - Stopwatch.GetElapsedTime(origin);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }

            var slot = i;
            sends.Add(Task.Run(async () =>
            {
                using var request = SignedMention.Create(first + slot, subjects[slot % subjects.Length], Secret);
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, cancellationToken);
                ticks[slot] = Stopwatch.GetTimestamp() - sent;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref non200);
                }
            }, cancellationToken));
        }

        await Task.WhenAll(sends);
        return (ticks, non200);
    }

    private static async Task WaitForCatalogAsync(HttpClient http, CancellationToken cancellationToken)
    {
        while ((await http.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken)).StatusCode != HttpStatusCode.OK)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Waits until every question has a reply (replies go out at one a second per channel); returns how long that took.</summary>
    private static async Task<double> WaitForRepliesAsync(FakeSlackApi slack, int count, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = TimeSpan.FromSeconds(120);
        while (slack.RepliesByThread.Count < count && Stopwatch.GetElapsedTime(started) < deadline)
        {
            await Task.Delay(200, cancellationToken);
        }

        await Task.Delay(1_500, cancellationToken);
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
