using System.Diagnostics;
using System.Net;
using Wayfinder.Bench.Measuring;

namespace Wayfinder.Bench.Compare;

/// <summary>
/// The load client: <c>concurrency</c> loops, each sending <c>GET /api/ask?q=…</c> and waiting for the answer before the
/// next (closed loop), cycling through the question set; two seconds of warm-up are not counted.
/// </summary>
internal sealed class HttpLoad(Uri baseAddress, IReadOnlyList<string> questions, int concurrency)
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public async Task<HttpLoadResult> RunAsync(int entities, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency })
        {
            BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30),
        };
        await RunLoopsAsync(http, WarmUp, cancellationToken).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        var loops = await RunLoopsAsync(http, duration, cancellationToken).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var ticks = loops.SelectMany(l => l.Ticks).ToList();
        return new HttpLoadResult(entities, concurrency, seconds, ticks.Count, ticks.Count / seconds, LatencyStats.FromTicks(ticks), loops.Sum(l => l.Non200));
    }

    private async Task<LoopResult[]> RunLoopsAsync(HttpClient http, TimeSpan duration, CancellationToken cancellationToken)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return await Task.WhenAll(Enumerable.Range(0, concurrency).Select(i => LoopAsync(http, i, until, cancellationToken))).ConfigureAwait(false);
    }

    private async Task<LoopResult> LoopAsync(HttpClient http, int loop, long until, CancellationToken cancellationToken)
    {
        var result = new LoopResult();
        for (var next = loop; Stopwatch.GetTimestamp() < until; next += concurrency)
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(ServedBot.AskUri(questions[next % questions.Count]), cancellationToken).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            result.Ticks.Add(Stopwatch.GetTimestamp() - sent);
            result.Non200 += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
        }

        return result;
    }

    private sealed class LoopResult
    {
        public List<long> Ticks { get; } = [];
        public long Non200 { get; set; }
    }
}
