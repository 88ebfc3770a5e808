namespace Wayfinder.Bench.Measuring;

/// <summary>Latency and quality of one search query set.</summary>
/// <param name="Name">The set, e.g. <c>typo</c>.</param>
/// <param name="Latency">Per-call latency of <c>ICatalog.Search(text, 10)</c>.</param>
/// <param name="Top1">Share of queries whose first hit is the intended entity.</param>
/// <param name="Top1SameName">Share whose first hit has the intended name (ignoring spelling), whatever its kind: the best possible when names collide.</param>
/// <param name="Top10">Share whose ten hits include the intended entity.</param>
internal sealed record SearchSetResult(string Name, LatencyStats Latency, double Top1, double Top1SameName, double Top10);
